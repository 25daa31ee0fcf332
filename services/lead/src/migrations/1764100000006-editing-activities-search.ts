import { createSearchIndex } from '@salesgraph/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14: a follow-up planned by hand (when, and for when: the follow-up
 * rule weighs it against the activities by when it was planned), activities
 * on opportunities with the follow-up they plan, and the trigram indexes the
 * list searches use (names, e-mails and domains of leads, names of
 * opportunities).
 */
export class EditingActivitiesSearch1764100000006 implements MigrationInterface {
  name = 'EditingActivitiesSearch1764100000006';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE lead
        ADD COLUMN follow_up_set_at timestamptz,
        ADD COLUMN follow_up_set_to timestamptz`);
    await queryRunner.query('ALTER TABLE opportunity ADD COLUMN next_follow_up_at timestamptz');
    await queryRunner.query(`
      CREATE TABLE opportunity_activity (
        id uuid PRIMARY KEY,
        opportunity_id uuid NOT NULL REFERENCES opportunity (id),
        type text NOT NULL CHECK (type IN ('CALL', 'EMAIL', 'VISIT')),
        outcome text NOT NULL,
        notes text,
        visit_report text,
        occurred_at timestamptz NOT NULL,
        next_follow_up_at timestamptz,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_opportunity_activity_visit_report CHECK (type <> 'VISIT' OR visit_report IS NOT NULL)
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_opportunity_activity_opportunity ON opportunity_activity (opportunity_id, occurred_at)',
    );
    await createSearchIndex(queryRunner, 'lead', 'ix_lead_search', [
      'company',
      'contact_name',
      'email',
      'company_domain',
    ]);
    await createSearchIndex(queryRunner, 'opportunity', 'ix_opportunity_search', ['name']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX ix_opportunity_search');
    await queryRunner.query('DROP INDEX ix_lead_search');
    await queryRunner.query('DROP TABLE opportunity_activity');
    await queryRunner.query('ALTER TABLE opportunity DROP COLUMN next_follow_up_at');
    await queryRunner.query(
      'ALTER TABLE lead DROP COLUMN follow_up_set_at, DROP COLUMN follow_up_set_to',
    );
  }
}

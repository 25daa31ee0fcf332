import { createSearchIndex } from '@salesgraph/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14: contacts who left the customer (inactive, when and why),
 * activities with customers (calls, e-mails, meetings, visits with their
 * report), and the trigram indexes the list searches use (account names and
 * domains; contact names, e-mails and titles). An account's children are
 * found by ix_account_parent (1764200000100).
 */
export class EditingHierarchyActivitiesSearch1764200000900 implements MigrationInterface {
  name = 'EditingHierarchyActivitiesSearch1764200000900';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE contact
        ADD COLUMN active boolean NOT NULL DEFAULT true,
        ADD COLUMN left_at timestamptz,
        ADD COLUMN left_note text,
        ADD CONSTRAINT ck_contact_left CHECK (active OR left_at IS NOT NULL)`);
    await queryRunner.query(`
      CREATE TABLE account_activity (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES account (id),
        contact_id uuid REFERENCES contact (id),
        type text NOT NULL CHECK (type IN ('CALL', 'EMAIL', 'MEETING', 'VISIT')),
        subject text NOT NULL,
        notes text,
        visit_report text,
        occurred_at timestamptz NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_account_activity_visit_report CHECK (type <> 'VISIT' OR visit_report IS NOT NULL)
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_account_activity_account ON account_activity (account_id, occurred_at)',
    );
    await createSearchIndex(queryRunner, 'account', 'ix_account_search', ['name', 'domain']);
    await createSearchIndex(queryRunner, 'contact', 'ix_contact_search', [
      'name',
      'email',
      'title',
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX ix_contact_search');
    await queryRunner.query('DROP INDEX ix_account_search');
    await queryRunner.query('DROP TABLE account_activity');
    await queryRunner.query(
      'ALTER TABLE contact DROP CONSTRAINT ck_contact_left, DROP COLUMN active, DROP COLUMN left_at, DROP COLUMN left_note',
    );
  }
}

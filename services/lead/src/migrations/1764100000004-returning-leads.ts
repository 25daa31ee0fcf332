import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * De-duplication forgets after a quiet period: a lead that returns long after
 * its predecessor was disqualified or converted opens as a new lead linked to
 * it (`predecessor_id`), and the predecessor is marked superseded. The unique
 * e-mail and domain-with-contact indexes hold among current leads only, so
 * both can exist. A lead that matched an existing account (a signal for its
 * owner) names it in `matched_account_id`.
 */
export class ReturningLeads1764100000004 implements MigrationInterface {
  name = 'ReturningLeads1764100000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE lead
        ADD COLUMN predecessor_id uuid REFERENCES lead (id),
        ADD COLUMN superseded_by_id uuid,
        ADD COLUMN matched_account_id uuid`);
    await queryRunner.query('DROP INDEX ux_lead_email');
    await queryRunner.query('DROP INDEX ux_lead_domain_contact');
    await queryRunner.query(
      'CREATE UNIQUE INDEX ux_lead_email ON lead (lower(email)) WHERE email IS NOT NULL AND superseded_by_id IS NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX ux_lead_domain_contact ON lead (lower(company_domain), contact_name_key) WHERE company_domain IS NOT NULL AND superseded_by_id IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX ix_lead_predecessor ON lead (predecessor_id) WHERE predecessor_id IS NOT NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX ux_lead_email');
    await queryRunner.query('DROP INDEX ux_lead_domain_contact');
    await queryRunner.query(
      'CREATE UNIQUE INDEX ux_lead_email ON lead (lower(email)) WHERE email IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX ux_lead_domain_contact ON lead (lower(company_domain), contact_name_key) WHERE company_domain IS NOT NULL',
    );
    await queryRunner.query(
      'ALTER TABLE lead DROP COLUMN predecessor_id, DROP COLUMN superseded_by_id, DROP COLUMN matched_account_id',
    );
  }
}

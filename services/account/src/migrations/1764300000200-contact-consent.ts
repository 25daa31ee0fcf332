import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18: a contact's consent per channel (contact_consent, append-only:
 * the latest row per channel is in force). Contacts had none before: no row
 * means not asked yet.
 */
export class ContactConsent1764300000200 implements MigrationInterface {
  name = 'ContactConsent1764300000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE contact_consent (
        id uuid PRIMARY KEY,
        contact_id uuid NOT NULL REFERENCES contact (id),
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'PHONE', 'VISIT', 'MARKETING')),
        given boolean NOT NULL,
        source text NOT NULL,
        recorded_by text NOT NULL,
        effective_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL,
        note text
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_contact_consent_contact ON contact_consent (contact_id, channel)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE contact_consent');
  }
}

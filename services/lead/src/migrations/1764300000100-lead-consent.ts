import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18: consent per channel (lead_consent, append-only: the latest row per
 * channel is in force). The old flag lead.consent_to_contact stays, derived
 * from the rows from now on (assignment filters on it in SQL); what it said
 * so far becomes one IMPORT row per sales channel (and MARKETING for leads
 * from marketing's form), effective when the lead was captured.
 */
export class LeadConsent1764300000100 implements MigrationInterface {
  name = 'LeadConsent1764300000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE lead_consent (
        id uuid PRIMARY KEY,
        lead_id uuid NOT NULL REFERENCES lead (id),
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'PHONE', 'VISIT', 'MARKETING')),
        given boolean NOT NULL,
        source text NOT NULL,
        recorded_by text NOT NULL,
        effective_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL,
        note text
      )`);
    await queryRunner.query('CREATE INDEX ix_lead_consent_lead ON lead_consent (lead_id, channel)');
    await queryRunner.query(`
      INSERT INTO lead_consent (id, lead_id, channel, given, source, recorded_by, effective_at, recorded_at, note)
      SELECT gen_random_uuid(), l.id, c.channel, l.consent_to_contact, 'IMPORT',
             COALESCE(l.created_by, 'marketing'), l.captured_at, now(),
             'migrated from consentToContact'
        FROM lead l
        CROSS JOIN (VALUES ('EMAIL'), ('PHONE'), ('VISIT'), ('MARKETING')) AS c (channel)
       WHERE l.consent_to_contact IS NOT NULL
         AND (c.channel <> 'MARKETING' OR l.origin = 'MARKETING')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE lead_consent');
  }
}

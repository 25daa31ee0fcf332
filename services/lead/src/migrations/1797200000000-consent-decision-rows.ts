import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One `lead_consent` row per decision, naming its channels (`channels`),
 * instead of one per decision and channel. Marketing's form records four
 * channels for every lead it sends: four rows, each with its index entries
 * and foreign-key check, cost PostgreSQL 73 to 91 µs a lead measured alone,
 * one row 24 to 28 (issue 17). Every row so far becomes a decision on its one
 * channel, under its own id; the graph still shows a record per channel.
 */
export class ConsentDecisionRows1797200000000 implements MigrationInterface {
  name = 'ConsentDecisionRows1797200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE lead_consent ADD COLUMN channels text[]');
    await queryRunner.query('UPDATE lead_consent SET channels = ARRAY[channel]');
    await queryRunner.query(`
      ALTER TABLE lead_consent
        ALTER COLUMN channels SET NOT NULL,
        ADD CONSTRAINT ck_lead_consent_channels CHECK (
          cardinality(channels) > 0 AND channels <@ ARRAY['EMAIL', 'PHONE', 'VISIT', 'MARKETING']
        ),
        DROP COLUMN channel`);
    // ix_lead_consent_lead (lead_id, channel) went with the column.
    await queryRunner.query('CREATE INDEX ix_lead_consent_lead ON lead_consent (lead_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE lead_consent ADD COLUMN channel text');
    // A decision's first channel keeps its row and id; each further one gets a row of its own.
    await queryRunner.query(`
      INSERT INTO lead_consent (id, lead_id, channel, channels, given, source, recorded_by, effective_at, recorded_at, note)
      SELECT gen_random_uuid(), d.lead_id, c.channel, ARRAY[c.channel], d.given, d.source, d.recorded_by,
             d.effective_at, d.recorded_at, d.note
        FROM lead_consent d CROSS JOIN LATERAL unnest(d.channels[2:]) AS c (channel)
       WHERE cardinality(d.channels) > 1`);
    await queryRunner.query('UPDATE lead_consent SET channel = channels[1] WHERE channel IS NULL');
    await queryRunner.query('DROP INDEX ix_lead_consent_lead');
    await queryRunner.query(`
      ALTER TABLE lead_consent
        ALTER COLUMN channel SET NOT NULL,
        ADD CONSTRAINT lead_consent_channel_check CHECK (channel IN ('EMAIL', 'PHONE', 'VISIT', 'MARKETING')),
        DROP COLUMN channels`);
    await queryRunner.query('CREATE INDEX ix_lead_consent_lead ON lead_consent (lead_id, channel)');
  }
}

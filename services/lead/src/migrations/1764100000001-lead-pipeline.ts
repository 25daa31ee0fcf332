import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The lead pipeline: marketing intake with de-duplication, assignment, follow-up,
 * qualification and conversion. De-duplication is enforced here, not only in code:
 * one lead per external id, per e-mail and per company domain and contact name, so
 * that two copies of a lead can never both be inserted, whatever runs concurrently.
 */
export class LeadPipeline1764100000001 implements MigrationInterface {
  name = 'LeadPipeline1764100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE lead
        ADD COLUMN origin text NOT NULL DEFAULT 'REP' CHECK (origin IN ('MARKETING', 'REP')),
        ADD COLUMN external_id text,
        ADD COLUMN campaign text,
        ADD COLUMN company_domain text,
        ADD COLUMN phone text,
        ADD COLUMN country text,
        ADD COLUMN region text,
        ADD COLUMN segment text CHECK (segment IN ('SMALL', 'MEDIUM', 'LARGE')),
        ADD COLUMN consent_to_contact boolean,
        ADD COLUMN captured_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN created_by text,
        ADD COLUMN team_id uuid,
        ADD COLUMN assignment_rule_id uuid,
        ADD COLUMN unassigned_reason text,
        ADD COLUMN assigned_at timestamptz,
        ADD COLUMN next_follow_up_at timestamptz,
        ADD COLUMN contacted_at timestamptz,
        ADD COLUMN qualified_at timestamptz,
        ADD COLUMN disqualified_at timestamptz,
        ADD COLUMN disqualification_reason text,
        ADD COLUMN converted_at timestamptz,
        ADD COLUMN account_id uuid,
        ADD COLUMN contact_id uuid,
        ADD COLUMN opportunity_id uuid,
        ADD COLUMN account_confirmed_at timestamptz,
        ADD COLUMN merge_count int NOT NULL DEFAULT 0,
        -- The normalised contact name the duplicate check compares; the intake's queries use the same expression.
        ADD COLUMN contact_name_key text GENERATED ALWAYS AS (lower(regexp_replace(btrim(contact_name), '\\s+', ' ', 'g'))) STORED,
        ADD CONSTRAINT ck_lead_status CHECK (status IN ('NEW', 'CONTACTED', 'QUALIFIED', 'DISQUALIFIED', 'CONVERTED')),
        ADD CONSTRAINT ck_lead_disqualified_reason CHECK (status <> 'DISQUALIFIED' OR disqualification_reason IS NOT NULL),
        ADD CONSTRAINT ck_lead_converted CHECK (status <> 'CONVERTED' OR (account_id IS NOT NULL AND opportunity_id IS NOT NULL))`);
    await queryRunner.query(
      'CREATE UNIQUE INDEX ux_lead_external_id ON lead (external_id) WHERE external_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX ux_lead_email ON lead (lower(email)) WHERE email IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX ux_lead_domain_contact ON lead (lower(company_domain), contact_name_key) WHERE company_domain IS NOT NULL',
    );
    await queryRunner.query('CREATE INDEX ix_lead_owner_status ON lead (owner_id, status)');
    await queryRunner.query(
      'CREATE INDEX ix_lead_unassigned ON lead (captured_at) WHERE owner_id IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX ix_lead_follow_up ON lead (next_follow_up_at) WHERE next_follow_up_at IS NOT NULL',
    );
    await queryRunner.query('CREATE INDEX ix_lead_origin ON lead (origin, created_at)');

    await queryRunner.query(`
      CREATE TABLE lead_merge (
        id uuid PRIMARY KEY,
        lead_id uuid NOT NULL REFERENCES lead (id),
        matched_on text NOT NULL CHECK (matched_on IN ('EXTERNAL_ID', 'EMAIL', 'DOMAIN_AND_CONTACT')),
        external_id text,
        source text NOT NULL,
        campaign text,
        company text NOT NULL,
        contact_name text NOT NULL,
        email text,
        merged_fields text[] NOT NULL DEFAULT '{}',
        event_id uuid,
        captured_at timestamptz NOT NULL,
        merged_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX ix_lead_merge_lead ON lead_merge (lead_id, merged_at)');

    await queryRunner.query(`
      CREATE TABLE lead_activity (
        id uuid PRIMARY KEY,
        lead_id uuid NOT NULL REFERENCES lead (id),
        type text NOT NULL CHECK (type IN ('CALL', 'EMAIL', 'VISIT')),
        outcome text NOT NULL,
        notes text,
        visit_report text,
        occurred_at timestamptz NOT NULL,
        next_follow_up_at timestamptz,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_lead_activity_visit_report CHECK (type <> 'VISIT' OR visit_report IS NOT NULL)
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_lead_activity_lead ON lead_activity (lead_id, occurred_at)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE lead_activity');
    await queryRunner.query('DROP TABLE lead_merge');
    for (const index of [
      'ux_lead_external_id',
      'ux_lead_email',
      'ux_lead_domain_contact',
      'ix_lead_owner_status',
      'ix_lead_unassigned',
      'ix_lead_follow_up',
      'ix_lead_origin',
    ])
      await queryRunner.query(`DROP INDEX ${index}`);
    await queryRunner.query(`
      ALTER TABLE lead
        DROP CONSTRAINT ck_lead_status, DROP CONSTRAINT ck_lead_disqualified_reason, DROP CONSTRAINT ck_lead_converted,
        DROP COLUMN contact_name_key, DROP COLUMN origin, DROP COLUMN external_id, DROP COLUMN campaign,
        DROP COLUMN company_domain, DROP COLUMN phone, DROP COLUMN country, DROP COLUMN region,
        DROP COLUMN segment, DROP COLUMN consent_to_contact, DROP COLUMN captured_at, DROP COLUMN created_by,
        DROP COLUMN team_id, DROP COLUMN assignment_rule_id, DROP COLUMN unassigned_reason,
        DROP COLUMN assigned_at, DROP COLUMN next_follow_up_at, DROP COLUMN contacted_at,
        DROP COLUMN qualified_at, DROP COLUMN disqualified_at, DROP COLUMN disqualification_reason,
        DROP COLUMN converted_at, DROP COLUMN account_id, DROP COLUMN contact_id,
        DROP COLUMN opportunity_id, DROP COLUMN account_confirmed_at, DROP COLUMN merge_count`);
  }
}

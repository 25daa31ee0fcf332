import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Industry, parent account, origin and the stored health assessment of an account. */
export class AccountDetails1764200000100 implements MigrationInterface {
  name = 'AccountDetails1764200000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE account
        ADD COLUMN industry text,
        ADD COLUMN parent_account_id uuid REFERENCES account (id),
        ADD COLUMN origin text NOT NULL DEFAULT 'MANUAL',
        ADD COLUMN lead_id uuid,
        ADD COLUMN health_score int NOT NULL DEFAULT 100,
        ADD COLUMN health_reasons jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN health_rule_version text,
        ADD COLUMN health_computed_at timestamptz`);
    await queryRunner.query(`
      ALTER TABLE account
        ADD CONSTRAINT ck_account_segment CHECK (segment IN ('SMALL', 'MEDIUM', 'LARGE')),
        ADD CONSTRAINT ck_account_tier CHECK (tier IN ('STANDARD', 'KEY')),
        ADD CONSTRAINT ck_account_status CHECK (status IN ('ACTIVE', 'AT_RISK', 'LOST')),
        ADD CONSTRAINT ck_account_origin CHECK (origin IN ('LEAD_CONVERSION', 'MANUAL')),
        ADD CONSTRAINT ck_account_health_score CHECK (health_score BETWEEN 0 AND 100)`);
    // A lead converts once: a second account for the same lead is a contract violation.
    await queryRunner.query(
      'CREATE UNIQUE INDEX ux_account_lead ON account (lead_id) WHERE lead_id IS NOT NULL',
    );
    await queryRunner.query('CREATE INDEX ix_account_parent ON account (parent_account_id)');
    await queryRunner.query('CREATE INDEX ix_account_status ON account (status, tier)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX ix_account_status');
    await queryRunner.query('DROP INDEX ix_account_parent');
    await queryRunner.query('DROP INDEX ux_account_lead');
    await queryRunner.query(`
      ALTER TABLE account
        DROP CONSTRAINT ck_account_segment, DROP CONSTRAINT ck_account_tier,
        DROP CONSTRAINT ck_account_status, DROP CONSTRAINT ck_account_origin,
        DROP CONSTRAINT ck_account_health_score,
        DROP COLUMN industry, DROP COLUMN parent_account_id, DROP COLUMN origin,
        DROP COLUMN lead_id, DROP COLUMN health_score, DROP COLUMN health_reasons,
        DROP COLUMN health_rule_version, DROP COLUMN health_computed_at`);
  }
}

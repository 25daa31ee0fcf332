import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Opportunities: deals and contracts under negotiation. `lead_id` is unique, so
 * a lead can never be converted into two opportunities, whatever the code does.
 */
export class Opportunities1764100000003 implements MigrationInterface {
  name = 'Opportunities1764100000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE opportunity (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        account_id uuid NOT NULL,
        lead_id uuid UNIQUE REFERENCES lead (id),
        owner_id text NOT NULL,
        stage text NOT NULL CHECK (stage IN ('PROSPECTING', 'QUALIFICATION', 'PROPOSAL', 'NEGOTIATION', 'WON', 'LOST')),
        amount numeric(17, 2) NOT NULL CHECK (amount >= 0),
        currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        probability int NOT NULL CHECK (probability BETWEEN 0 AND 100),
        expected_close_date date,
        products jsonb NOT NULL DEFAULT '[]',
        lost_reason text,
        closed_at timestamptz,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT ck_opportunity_lost_reason CHECK (stage <> 'LOST' OR lost_reason IS NOT NULL)
      )`);
    await queryRunner.query('CREATE INDEX ix_opportunity_owner ON opportunity (owner_id, stage)');
    await queryRunner.query('CREATE INDEX ix_opportunity_account ON opportunity (account_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE opportunity');
  }
}

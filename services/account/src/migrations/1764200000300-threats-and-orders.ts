import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Competitor threats, and the order projection that revenue, margin and health come from. */
export class ThreatsAndOrders1764200000300 implements MigrationInterface {
  name = 'ThreatsAndOrders1764200000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE competitor_threat (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES account (id),
        competitor text NOT NULL,
        product_id uuid,
        threat_level text NOT NULL CHECK (threat_level IN ('LOW', 'MEDIUM', 'HIGH')),
        notes text,
        status text NOT NULL CHECK (status IN ('OPEN', 'MITIGATED', 'LOST_TO_COMPETITOR', 'CLOSED')),
        logged_by text NOT NULL,
        logged_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_competitor_threat_account ON competitor_threat (account_id)',
    );
    // No foreign key to account: order events may arrive before the account does.
    await queryRunner.query(`
      CREATE TABLE account_order (
        order_id uuid PRIMARY KEY,
        account_id uuid NOT NULL,
        order_number text NOT NULL,
        status text NOT NULL,
        revision int NOT NULL,
        currency text NOT NULL,
        total_net numeric(21, 6) NOT NULL,
        total_cost numeric(21, 6) NOT NULL,
        margin numeric(21, 6) NOT NULL,
        order_date timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_account_order_account ON account_order (account_id, order_date)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE account_order');
    await queryRunner.query('DROP TABLE competitor_threat');
  }
}

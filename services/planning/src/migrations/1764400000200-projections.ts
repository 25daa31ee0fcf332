import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Projections from other services' events: orders for attainment,
 * opportunities for the forecast. Every column comes from event data (no
 * now()), so a replay rebuilds them row for row.
 */
export class Projections1764400000200 implements MigrationInterface {
  name = 'Projections1764400000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE attainment_order (
        order_id uuid PRIMARY KEY,
        revision int NOT NULL,
        account_id uuid NOT NULL,
        credited_to text NOT NULL,
        status text NOT NULL,
        currency char(3) NOT NULL,
        total_net numeric(21, 6) NOT NULL,
        total_cost numeric(21, 6) NOT NULL,
        booked_at timestamptz,
        invoiced_at timestamptz
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_attainment_order_credited ON attainment_order (credited_to, booked_at)',
    );
    await queryRunner.query(
      'CREATE INDEX ix_attainment_order_account ON attainment_order (account_id, booked_at)',
    );
    await queryRunner.query(`
      CREATE TABLE attainment_order_line (
        order_id uuid NOT NULL REFERENCES attainment_order (order_id) ON DELETE CASCADE,
        line_no int NOT NULL,
        product_id uuid NOT NULL,
        product_line text NOT NULL,
        net_amount numeric(21, 6) NOT NULL,
        cost_amount numeric(21, 6) NOT NULL,
        PRIMARY KEY (order_id, line_no)
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_attainment_order_line_product ON attainment_order_line (product_id)',
    );
    await queryRunner.query(`
      CREATE TABLE pipeline_opportunity (
        opportunity_id uuid PRIMARY KEY,
        owner_id text NOT NULL,
        account_id uuid,
        stage text NOT NULL,
        amount numeric(21, 6) NOT NULL,
        currency char(3) NOT NULL,
        probability int NOT NULL,
        expected_close_date date,
        revision int,
        changed_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_pipeline_opportunity_owner ON pipeline_opportunity (owner_id, expected_close_date)',
    );
    await queryRunner.query(`
      CREATE TABLE projection_rebuild (
        id uuid PRIMARY KEY,
        started_at timestamptz NOT NULL,
        finished_at timestamptz,
        status text NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
        end_offsets jsonb NOT NULL,
        events_replayed int NOT NULL DEFAULT 0,
        error text
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE projection_rebuild');
    await queryRunner.query('DROP TABLE pipeline_opportunity');
    await queryRunner.query('DROP TABLE attainment_order_line');
    await queryRunner.query('DROP TABLE attainment_order');
  }
}

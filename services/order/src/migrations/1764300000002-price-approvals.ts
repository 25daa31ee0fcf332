import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Price approvals: prices below cost or discounts over the threshold, for the seller's manager. */
export class PriceApprovals1764300000002 implements MigrationInterface {
  name = 'PriceApprovals1764300000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE price_approval (
        id uuid PRIMARY KEY,
        subject_type text NOT NULL CHECK (subject_type IN ('ORDER', 'CONTRACT')),
        subject_id uuid NOT NULL,
        subject_number text NOT NULL,
        account_id uuid NOT NULL,
        seller_id text NOT NULL,
        requested_by text NOT NULL,
        approver_ids text[] NOT NULL,
        breaches jsonb NOT NULL,
        terms_key text NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
        decided_by text,
        decided_at timestamptz,
        decision_note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_price_approval_subject ON price_approval (subject_id, created_at)',
    );
    // At most one request waits per order or contract.
    await queryRunner.query(
      "CREATE UNIQUE INDEX ux_price_approval_pending ON price_approval (subject_id) WHERE status = 'PENDING'",
    );
    await queryRunner.query(
      "CREATE INDEX ix_price_approval_waiting ON price_approval USING gin (approver_ids) WHERE status = 'PENDING'",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE price_approval');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Orders, supply contracts and their commitments. Money is numeric(16,2)
 * (cents, rounded half-up per line), unit prices numeric(14,4) (catalogue and
 * negotiated prices may have fractions of a cent), quantities numeric(14,3).
 * `version` is the optimistic lock: every change of an order or contract
 * increments it with a conditional UPDATE.
 */
export class OrdersAndContracts1764300000001 implements MigrationInterface {
  name = 'OrdersAndContracts1764300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE SEQUENCE order_number_seq');
    await queryRunner.query('CREATE SEQUENCE contract_number_seq');
    await queryRunner.query(`
      CREATE TABLE supply_contract (
        id uuid PRIMARY KEY,
        contract_number text NOT NULL UNIQUE,
        account_id uuid NOT NULL,
        owner_id text NOT NULL,
        status text NOT NULL CHECK (status IN ('NEGOTIATING', 'ACTIVE', 'EXPIRED', 'TERMINATED')),
        start_date date NOT NULL,
        end_date date NOT NULL,
        currency char(3) NOT NULL,
        overrun_policy text NOT NULL CHECK (overrun_policy IN ('REFUSE', 'FLAG')),
        notice_days int NOT NULL CHECK (notice_days BETWEEN 0 AND 730),
        signed_at timestamptz,
        ended_at timestamptz,
        termination_reason text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version int NOT NULL DEFAULT 1,
        CHECK (end_date >= start_date)
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_supply_contract_account ON supply_contract (account_id)',
    );
    await queryRunner.query('CREATE INDEX ix_supply_contract_owner ON supply_contract (owner_id)');
    await queryRunner.query(`
      CREATE TABLE contract_commitment (
        contract_id uuid NOT NULL REFERENCES supply_contract (id) ON DELETE CASCADE,
        product_id uuid NOT NULL REFERENCES product (id),
        price numeric(14,4) NOT NULL CHECK (price >= 0),
        committed_quantity numeric(14,3) CHECK (committed_quantity > 0),
        committed_value numeric(16,2) CHECK (committed_value > 0),
        consumed_quantity numeric(14,3) NOT NULL DEFAULT 0,
        consumed_value numeric(16,2) NOT NULL DEFAULT 0,
        PRIMARY KEY (contract_id, product_id),
        CHECK ((committed_quantity IS NULL) <> (committed_value IS NULL))
      )`);
    await queryRunner.query(`
      CREATE TABLE sales_order (
        id uuid PRIMARY KEY,
        order_number text NOT NULL UNIQUE,
        account_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('AD_HOC', 'CALL_OFF')),
        contract_id uuid REFERENCES supply_contract (id),
        status text NOT NULL
          CHECK (status IN ('DRAFT', 'PLACED', 'CONFIRMED', 'FULFILLED', 'INVOICED', 'CANCELLED')),
        placed_by text NOT NULL,
        credited_to text NOT NULL,
        purchasing_contact_name text,
        purchasing_contact_id uuid,
        currency char(3) NOT NULL,
        total_net numeric(16,2) NOT NULL,
        total_cost numeric(16,2) NOT NULL,
        margin numeric(16,2) NOT NULL,
        contract_overrun boolean NOT NULL DEFAULT false,
        opportunity_id uuid UNIQUE,
        cancellation_reason text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        status_changed_at timestamptz NOT NULL,
        placed_at timestamptz,
        confirmed_at timestamptz,
        fulfilled_at timestamptz,
        invoiced_at timestamptz,
        cancelled_at timestamptz,
        version int NOT NULL DEFAULT 1,
        CHECK ((kind = 'CALL_OFF') = (contract_id IS NOT NULL))
      )`);
    await queryRunner.query('CREATE INDEX ix_sales_order_account ON sales_order (account_id)');
    await queryRunner.query('CREATE INDEX ix_sales_order_credited ON sales_order (credited_to)');
    await queryRunner.query('CREATE INDEX ix_sales_order_contract ON sales_order (contract_id)');
    await queryRunner.query(
      'CREATE INDEX ix_sales_order_queue ON sales_order (status, status_changed_at)',
    );
    await queryRunner.query(`
      CREATE TABLE order_line (
        order_id uuid NOT NULL REFERENCES sales_order (id) ON DELETE CASCADE,
        line_number int NOT NULL,
        product_id uuid NOT NULL REFERENCES product (id),
        sku text NOT NULL,
        product_name text NOT NULL,
        product_line text NOT NULL,
        quantity numeric(14,3) NOT NULL CHECK (quantity > 0),
        unit_price numeric(14,4) NOT NULL CHECK (unit_price >= 0),
        discount_percent numeric(5,2) NOT NULL CHECK (discount_percent BETWEEN 0 AND 100),
        unit_cost numeric(14,4) NOT NULL CHECK (unit_cost >= 0),
        net_amount numeric(16,2) NOT NULL,
        cost_amount numeric(16,2) NOT NULL,
        overrun_quantity numeric(14,3),
        overrun_value numeric(16,2),
        PRIMARY KEY (order_id, line_number)
      )`);
    await queryRunner.query(`
      CREATE TABLE contract_warning (
        contract_id uuid NOT NULL REFERENCES supply_contract (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('EXPIRING', 'UNDERRUN')),
        product_key text NOT NULL,
        window_key text NOT NULL,
        detected_at timestamptz NOT NULL,
        PRIMARY KEY (contract_id, kind, product_key, window_key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE contract_warning');
    await queryRunner.query('DROP TABLE order_line');
    await queryRunner.query('DROP TABLE sales_order');
    await queryRunner.query('DROP TABLE contract_commitment');
    await queryRunner.query('DROP TABLE supply_contract');
    await queryRunner.query('DROP SEQUENCE contract_number_seq');
    await queryRunner.query('DROP SEQUENCE order_number_seq');
  }
}

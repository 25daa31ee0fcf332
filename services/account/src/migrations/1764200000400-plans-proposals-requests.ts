import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The communication plan, customisation proposals and service requests to departments. */
export class PlansProposalsRequests1764200000400 implements MigrationInterface {
  name = 'PlansProposalsRequests1764200000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE touchpoint (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES account (id),
        contact_id uuid NOT NULL REFERENCES contact (id),
        channel text NOT NULL,
        cadence text NOT NULL,
        purpose text NOT NULL,
        next_date date NOT NULL,
        owner_id text NOT NULL,
        status text NOT NULL CHECK (status IN ('PLANNED', 'DONE', 'CANCELLED')),
        last_done_at timestamptz,
        planned_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await queryRunner.query('CREATE INDEX ix_touchpoint_account ON touchpoint (account_id)');
    await queryRunner.query('CREATE INDEX ix_touchpoint_due ON touchpoint (status, next_date)');
    await queryRunner.query(`
      CREATE TABLE customisation_proposal (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES account (id),
        product_id uuid NOT NULL,
        requested_change text NOT NULL,
        value numeric(21, 6) NOT NULL CHECK (value >= 0),
        currency text NOT NULL,
        status text NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'REJECTED')),
        decision_note text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        submitted_at timestamptz,
        decided_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_customisation_proposal_account ON customisation_proposal (account_id)',
    );
    await queryRunner.query(`
      CREATE TABLE service_request (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES account (id),
        contact_id uuid REFERENCES contact (id),
        department text NOT NULL CHECK (department IN ('SALES', 'TECHNICAL', 'LOGISTICS', 'FINANCE', 'SERVICE')),
        title text NOT NULL,
        description text,
        priority text NOT NULL CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
        due_date date NOT NULL,
        status text NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
        resolution_note text,
        routed_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        version int NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_service_request_department ON service_request (department, status)',
    );
    await queryRunner.query(
      'CREATE INDEX ix_service_request_account ON service_request (account_id, status)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE service_request');
    await queryRunner.query('DROP TABLE customisation_proposal');
    await queryRunner.query('DROP TABLE touchpoint');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17: marketing's batch intake plans its leads' owners in a short
 * transaction of its own and writes each lead once, with its owner, in the
 * consumer's transaction. Between the two, the leads a rep was given are a
 * reservation: counted against the rep's cap by every planner until the
 * consumer's transaction (`transaction_id`) removes them as it stores the
 * leads, or ends without committing (then they are stale, see
 * AssignmentReservations). No primary key on the transaction and owner: a
 * batch may plan twice, and its second plan must not wait for the row its own
 * transaction deleted after the first.
 */
export class AssignmentReservations1797300000000 implements MigrationInterface {
  name = 'AssignmentReservations1797300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE assignment_reservation (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        transaction_id xid8 NOT NULL,
        owner_id text NOT NULL,
        leads integer NOT NULL CONSTRAINT ck_assignment_reservation_leads CHECK (leads > 0),
        reserved_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_assignment_reservation_transaction ON assignment_reservation (transaction_id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE assignment_reservation');
  }
}

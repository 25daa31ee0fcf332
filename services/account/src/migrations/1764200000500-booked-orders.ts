import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Booked revenue by the order service's decision: every order event's
 * snapshot says when the order was booked (`bookedAt`, its confirmation) and
 * whether it counts as booked business now (`countsAsBooked`). The projection
 * keeps both; `order_date` (when the customer placed it) stays for order
 * recency.
 */
export class BookedOrders1764200000500 implements MigrationInterface {
  name = 'BookedOrders1764200000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE account_order
        ADD COLUMN booked_at timestamptz,
        ADD COLUMN counts_as_booked boolean NOT NULL DEFAULT false`);
    // Rows projected before: they counted by status and were dated by placing. That
    // keeps their figures where they were until the order's next event brings the
    // order service's own values (a replay of the order topic brings them all).
    await queryRunner.query(`
      UPDATE account_order SET counts_as_booked = true, booked_at = order_date
      WHERE status IN ('CONFIRMED', 'FULFILLED', 'INVOICED')`);
    await queryRunner.query(
      'CREATE INDEX ix_account_order_booked ON account_order (account_id, booked_at)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX ix_account_order_booked');
    await queryRunner.query(
      'ALTER TABLE account_order DROP COLUMN counts_as_booked, DROP COLUMN booked_at',
    );
  }
}

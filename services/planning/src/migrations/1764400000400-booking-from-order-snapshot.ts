import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attainment takes "booked" from the order service (every order snapshot
 * carries bookedAt, invoicedAt and countsAsBooked) instead of working it out
 * from event times. Existing rows get the flag their status meant until now;
 * the next event of an order, or a replay, brings the order service's own.
 */
export class BookingFromOrderSnapshot1764400000400 implements MigrationInterface {
  name = 'BookingFromOrderSnapshot1764400000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE attainment_order ADD COLUMN counts_as_booked boolean NOT NULL DEFAULT false',
    );
    await queryRunner.query(
      `UPDATE attainment_order SET counts_as_booked = status IN ('CONFIRMED', 'FULFILLED', 'INVOICED')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE attainment_order DROP COLUMN counts_as_booked');
  }
}

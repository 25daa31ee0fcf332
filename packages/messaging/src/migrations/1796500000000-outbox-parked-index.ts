import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The index of parked rows, with a predicate that only it can serve.
 *
 * The relay's read skips every aggregate with a parked row before it
 * (PENDING_ROWS_SQL), a look-up per row read. Its predicate named
 * `published_at IS NULL`, as the unpublished index does; when the table's
 * statistics lag behind a burst of writes (an import into a young database,
 * or a backlog larger than the last ANALYZE saw), the planner costs both
 * indexes at a row or so and picked the unpublished one: every look-up walked
 * the whole backlog. With 22,000 rows pending a read of 1,000 took 3.9 s,
 * growing with the backlog, and the relay fell ever further behind.
 *
 * A parked row is never published (the relay skips it; an admin's retry
 * clears `parked_at` first), so `published_at IS NULL` adds nothing to the
 * predicate. Without it, a look-up that leaves it out can use this index and
 * not the unpublished one, whatever the statistics say.
 */
export class OutboxParkedIndex1796500000000 implements MigrationInterface {
  name = 'OutboxParkedIndex1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX ix_outbox_message_parked');
    await queryRunner.query(
      `CREATE INDEX ix_outbox_message_parked ON outbox_message (aggregate_type, aggregate_id, position)
        WHERE parked_at IS NOT NULL AND discarded_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX ix_outbox_message_parked');
    await queryRunner.query(
      `CREATE INDEX ix_outbox_message_parked ON outbox_message (aggregate_type, aggregate_id, position)
        WHERE parked_at IS NOT NULL AND published_at IS NULL AND discarded_at IS NULL`,
    );
  }
}

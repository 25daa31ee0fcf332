import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fixes an event's place in its aggregate's order at commit, not at insert,
 * and lets the relay park a row the broker keeps refusing.
 *
 * A sequence value taken at INSERT orders events by when they were written:
 * two transactions on one aggregate can commit in the other order, and the
 * relay then publishes them out of commit order. A deferred constraint trigger
 * runs while the transaction commits; it takes a transaction-scoped advisory
 * lock on the aggregate (held until the commit is visible) and only then draws
 * the row's final position. A second transaction of the same aggregate waits
 * for that lock, so it draws a later position and commits later: per
 * aggregate, position order is commit order.
 */
export class OutboxOrderAndParking1766000000000 implements MigrationInterface {
  name = 'OutboxOrderAndParking1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION outbox_message_position_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended('outbox:' || NEW.aggregate_type || ':' || NEW.aggregate_id, 0));
        UPDATE outbox_message
           SET position = nextval(pg_get_serial_sequence('outbox_message', 'position'))
         WHERE id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER outbox_message_position_at_commit
        AFTER INSERT ON outbox_message
        DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW EXECUTE FUNCTION outbox_message_position_at_commit()`);
    await queryRunner.query(`
      ALTER TABLE outbox_message
        ADD COLUMN parked_at timestamptz,
        ADD COLUMN discarded_at timestamptz,
        ADD COLUMN discarded_by text,
        ADD COLUMN retried_by text`);
    // The relay skips every aggregate that has a parked row waiting: keep that lookup small.
    await queryRunner.query(
      `CREATE INDEX ix_outbox_message_parked ON outbox_message (aggregate_type, aggregate_id, position)
        WHERE parked_at IS NOT NULL AND published_at IS NULL AND discarded_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX ix_outbox_message_parked');
    await queryRunner.query(`
      ALTER TABLE outbox_message
        DROP COLUMN parked_at, DROP COLUMN discarded_at, DROP COLUMN discarded_by, DROP COLUMN retried_by`);
    await queryRunner.query('DROP TRIGGER outbox_message_position_at_commit ON outbox_message');
    await queryRunner.query('DROP FUNCTION outbox_message_position_at_commit()');
  }
}

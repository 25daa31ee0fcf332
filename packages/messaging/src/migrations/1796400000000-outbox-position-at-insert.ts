import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Draws an outbox row's position once, at INSERT, when it can, instead of
 * always drawing it again at commit.
 *
 * OutboxOrderAndParking drew every row's final position in a deferred trigger
 * at commit, under a transaction-scoped advisory lock on its aggregate: per
 * aggregate, position order is then commit order. That second draw is an
 * UPDATE of every row (a new row version and an entry in each index): about
 * as much work as the INSERT itself, paid inside every commit.
 *
 * Now the INSERT tries the same lock without waiting (`positionLockSql`) and
 * records in `position_final` whether it got it. A transaction that holds an
 * aggregate's lock when it draws a position commits before any other
 * transaction can draw one for that aggregate, so the position is final. Only
 * a row whose aggregate was locked by another open transaction (and a row
 * inserted without the expression) keeps the trigger: at commit it waits for
 * the lock and draws its position again, with every later row of its
 * aggregate in this transaction (`txid`), in their order.
 *
 * What changes for writers: a transaction that inserted an aggregate's event
 * holds that aggregate's lock until it ends, not only while it commits, so
 * another transaction with an event for the same aggregate waits for it at
 * its commit.
 */
export class OutboxPositionAtInsert1796400000000 implements MigrationInterface {
  name = 'OutboxPositionAtInsert1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // No default in ADD COLUMN: a volatile one would rewrite the table; old rows are all committed.
    await queryRunner.query(`
      ALTER TABLE outbox_message
        ADD COLUMN txid xid8,
        ADD COLUMN position_final boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      'ALTER TABLE outbox_message ALTER COLUMN txid SET DEFAULT pg_current_xact_id()',
    );
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION outbox_message_position_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Drawn again already, with an earlier row of this transaction and aggregate.
        IF NOT EXISTS (SELECT 1 FROM outbox_message WHERE id = NEW.id AND position = NEW.position) THEN
          RETURN NULL;
        END IF;
        PERFORM pg_advisory_xact_lock(hashtextextended('outbox:' || NEW.aggregate_type || ':' || NEW.aggregate_id, 0));
        WITH mine AS (
          SELECT id FROM outbox_message
           WHERE aggregate_type = NEW.aggregate_type AND aggregate_id = NEW.aggregate_id
             AND position >= NEW.position AND txid = NEW.txid
           ORDER BY position
        ), drawn AS MATERIALIZED (
          SELECT id, nextval(pg_get_serial_sequence('outbox_message', 'position')) AS position FROM mine
        )
        UPDATE outbox_message o SET position = d.position FROM drawn d WHERE o.id = d.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query('DROP TRIGGER outbox_message_position_at_commit ON outbox_message');
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER outbox_message_position_at_commit
        AFTER INSERT ON outbox_message
        DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW WHEN (NOT NEW.position_final)
        EXECUTE FUNCTION outbox_message_position_at_commit()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER outbox_message_position_at_commit ON outbox_message');
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION outbox_message_position_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
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
    await queryRunner.query(
      'ALTER TABLE outbox_message DROP COLUMN txid, DROP COLUMN position_final',
    );
  }
}

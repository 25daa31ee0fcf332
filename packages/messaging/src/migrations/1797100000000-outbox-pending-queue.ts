import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rows waiting for the relay kept in a queue of their own,
 * `outbox_pending` (their positions), instead of marked on the rows.
 *
 * The relay marked each row it published (`published_at`): an UPDATE of a row
 * of about a kilobyte whose partial index (`published_at IS NULL`) named the
 * column, so never a HOT update: a new row version and an entry in each of
 * the table's indexes, then a dead version for vacuum. Measured alone, 12 µs a
 * row; in a lead ingest, four rows a lead, the largest single statement of
 * the lead database (issue 17). Deleting a queue entry costs 0.8 µs alone;
 * the trigger that writes it was not measured on its own, but a lead ingest
 * with both cost PostgreSQL 0.42 to 0.45 ms a lead against 0.57 to 0.61
 * before (bench/journal.md).
 *
 * Rows enter the queue as they are inserted, unless inserted as published;
 * the relay deletes them once the broker has them; a discarded row leaves it
 * too. A row drawn a new position at commit (OutboxPositionAtInsert) moves in
 * the queue with it. `published_at` is no longer written: it keeps the times
 * of rows published before this migration. Published means out of the queue
 * and not discarded.
 */
export class OutboxPendingQueue1797100000000 implements MigrationInterface {
  name = 'OutboxPendingQueue1797100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE outbox_pending (position bigint PRIMARY KEY)');
    await queryRunner.query(`
      INSERT INTO outbox_pending (position)
      SELECT position FROM outbox_message WHERE published_at IS NULL AND discarded_at IS NULL`);
    await queryRunner.query(`
      CREATE FUNCTION outbox_message_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO outbox_pending (position) SELECT position FROM inserted WHERE published_at IS NULL;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER outbox_message_enqueue AFTER INSERT ON outbox_message
        REFERENCING NEW TABLE AS inserted
        FOR EACH STATEMENT EXECUTE FUNCTION outbox_message_enqueue()`);
    await queryRunner.query(positionAtCommit(true));
    await queryRunner.query('DROP INDEX ix_outbox_message_unpublished');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE outbox_message m SET published_at = now()
       WHERE published_at IS NULL AND discarded_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM outbox_pending q WHERE q.position = m.position)`);
    await queryRunner.query(
      'CREATE INDEX ix_outbox_message_unpublished ON outbox_message (position) WHERE published_at IS NULL',
    );
    await queryRunner.query(positionAtCommit(false));
    await queryRunner.query('DROP TRIGGER outbox_message_enqueue ON outbox_message');
    await queryRunner.query('DROP FUNCTION outbox_message_enqueue()');
    await queryRunner.query('DROP TABLE outbox_pending');
  }
}

/** OutboxPositionAtInsert's commit trigger, moving the queue entries of the rows it draws again when `queue`. */
function positionAtCommit(queue: boolean): string {
  const update = 'UPDATE outbox_message o SET position = d.position FROM drawn d WHERE o.id = d.id';
  return `
    CREATE OR REPLACE FUNCTION outbox_message_position_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      -- Drawn again already, with an earlier row of this transaction and aggregate.
      IF NOT EXISTS (SELECT 1 FROM outbox_message WHERE id = NEW.id AND position = NEW.position) THEN
        RETURN NULL;
      END IF;
      PERFORM pg_advisory_xact_lock(hashtextextended('outbox:' || NEW.aggregate_type || ':' || NEW.aggregate_id, 0));
      WITH mine AS (
        SELECT id, position FROM outbox_message
         WHERE aggregate_type = NEW.aggregate_type AND aggregate_id = NEW.aggregate_id
           AND position >= NEW.position AND txid = NEW.txid
         ORDER BY position
      ), drawn AS MATERIALIZED (
        SELECT id, position AS was, nextval(pg_get_serial_sequence('outbox_message', 'position')) AS position
          FROM mine
      )${
        queue
          ? `, moved AS (${update})
      UPDATE outbox_pending q SET position = d.position FROM drawn d WHERE q.position = d.was;`
          : `
      ${update};`
      }
      RETURN NULL;
    END $$`;
}

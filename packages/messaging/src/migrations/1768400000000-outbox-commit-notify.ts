import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Wakes the outbox relay when outbox rows commit, instead of the relay asking
 * the database ten times a second whether there is anything to publish.
 *
 * A statement-level trigger (one notification per INSERT statement, however
 * many rows) calls pg_notify; PostgreSQL delivers notifications only when the
 * transaction commits, drops them when it rolls back, and folds identical ones
 * of one transaction into one. By then the deferred trigger of
 * OutboxOrderAndParking has drawn the rows' positions, so the relay that
 * wakes sees them in their final order. The channel name is OUTBOX_CHANNEL.
 */
export class OutboxCommitNotify1768400000000 implements MigrationInterface {
  name = 'OutboxCommitNotify1768400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION outbox_message_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('outbox_message', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER outbox_message_notify
        AFTER INSERT ON outbox_message
        FOR EACH STATEMENT EXECUTE FUNCTION outbox_message_notify()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER outbox_message_notify ON outbox_message');
    await queryRunner.query('DROP FUNCTION outbox_message_notify()');
  }
}

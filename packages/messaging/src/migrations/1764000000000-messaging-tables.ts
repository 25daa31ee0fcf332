import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Outbox and inbox tables; every service database runs this migration first. */
export class MessagingTables1764000000000 implements MigrationInterface {
  name = 'MessagingTables1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox_message (
        id uuid PRIMARY KEY,
        position bigserial NOT NULL UNIQUE,
        aggregate_type text NOT NULL,
        aggregate_id text NOT NULL,
        event_type text NOT NULL,
        topic text NOT NULL,
        payload jsonb NOT NULL,
        actor_id text,
        correlation_id text NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        attempts int NOT NULL DEFAULT 0,
        last_error text
      )`);
    // The relay reads only unpublished rows, in order: keep that scan small.
    await queryRunner.query(
      `CREATE INDEX ix_outbox_message_unpublished ON outbox_message (position) WHERE published_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_outbox_message_aggregate ON outbox_message (aggregate_type, aggregate_id, position)`,
    );
    await queryRunner.query(`
      CREATE TABLE inbox_message (
        consumer text NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        topic text NOT NULL,
        partition int NOT NULL,
        "offset" bigint NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE inbox_message');
    await queryRunner.query('DROP TABLE outbox_message');
  }
}

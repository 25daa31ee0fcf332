import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationTables1768100000000 implements MigrationInterface {
  name = 'NotificationTables1768100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY,
        recipient_id text NOT NULL,
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        account_id uuid,
        occurred_at timestamptz NOT NULL,
        read_at timestamptz,
        email_status text NOT NULL,
        email_sent_at timestamptz,
        source_event_id uuid NOT NULL,
        source_event_type text NOT NULL,
        email_to text,
        email_attempts int NOT NULL DEFAULT 0,
        email_next_attempt_at timestamptz,
        email_last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT uq_notification_event_recipient UNIQUE (source_event_id, recipient_id)
      )`);
    // The feed: one person's notifications, newest first; the unread count.
    await queryRunner.query(
      'CREATE INDEX ix_notification_feed ON notification (recipient_id, occurred_at DESC, id)',
    );
    await queryRunner.query(
      'CREATE INDEX ix_notification_unread ON notification (recipient_id, kind) WHERE read_at IS NULL',
    );
    // The e-mail dispatcher's queue.
    await queryRunner.query(
      `CREATE INDEX ix_notification_email_pending ON notification (email_next_attempt_at)
         WHERE email_status = 'PENDING'`,
    );
    await queryRunner.query(`
      CREATE TABLE notification_preferences (
        user_id text PRIMARY KEY,
        email_address text,
        email_kinds text[] NOT NULL DEFAULT '{}',
        chosen boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE notification_preferences');
    await queryRunner.query('DROP TABLE notification');
  }
}

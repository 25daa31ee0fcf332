import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every export and erasure a service answered: who asked, when, what it found
 * and erased, in every service database. Never the person's data: the e-mail
 * only as its SHA-256 (which also lets a service refuse to re-create an erased
 * person from a replayed intake record), the ids of the records concerned.
 */
export class PrivacyRequests1767100000000 implements MigrationInterface {
  name = 'PrivacyRequests1767100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE privacy_request (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('EXPORT', 'ERASURE')),
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL,
        correlation_id text NOT NULL,
        email_sha256 text,
        subject_ids text[] NOT NULL DEFAULT '{}',
        found jsonb NOT NULL DEFAULT '{}'
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_privacy_request_email ON privacy_request (email_sha256) WHERE kind = 'ERASURE'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE privacy_request');
  }
}

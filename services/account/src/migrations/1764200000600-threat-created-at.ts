import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A competitor threat is a TrackedEntity like every record: when it was
 * logged is when it was created, so `logged_at` becomes `created_at`. The
 * graph keeps `loggedAt`, and the events keep `loggedAt`, as before.
 */
export class ThreatCreatedAt1764200000600 implements MigrationInterface {
  name = 'ThreatCreatedAt1764200000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE competitor_threat RENAME COLUMN logged_at TO created_at');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE competitor_threat RENAME COLUMN created_at TO logged_at');
  }
}

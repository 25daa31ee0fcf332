import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The replay's record of its runs, in every service database (planning had
 * it first: there the table exists and only gains the projections column).
 */
export class ProjectionRebuild1767000000000 implements MigrationInterface {
  name = 'ProjectionRebuild1767000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE IF NOT EXISTS projection_rebuild (
        id uuid PRIMARY KEY,
        started_at timestamptz NOT NULL,
        finished_at timestamptz,
        status text NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
        end_offsets jsonb NOT NULL,
        events_replayed int NOT NULL DEFAULT 0,
        error text
      )`);
    await queryRunner.query(
      `ALTER TABLE projection_rebuild ADD COLUMN IF NOT EXISTS projections text[] NOT NULL DEFAULT '{}'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE projection_rebuild DROP COLUMN projections');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Assignment rules that sales managers maintain, and the round-robin position
 * per team. The position is a row, not memory, so that it survives restarts
 * and is shared by every instance of the service.
 */
export class AssignmentRules1764100000002 implements MigrationInterface {
  name = 'AssignmentRules1764100000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE assignment_rule (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        priority int NOT NULL,
        team_id uuid NOT NULL,
        countries text[] NOT NULL DEFAULT '{}',
        regions text[] NOT NULL DEFAULT '{}',
        segments text[] NOT NULL DEFAULT '{}',
        max_open_leads_per_rep int CHECK (max_open_leads_per_rep > 0),
        active boolean NOT NULL DEFAULT true,
        created_by text NOT NULL,
        updated_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(
      'CREATE INDEX ix_assignment_rule_priority ON assignment_rule (priority, created_at) WHERE active',
    );
    await queryRunner.query(`
      CREATE TABLE assignment_cursor (
        team_id uuid PRIMARY KEY,
        last_user_id text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE assignment_cursor');
    await queryRunner.query('DROP TABLE assignment_rule');
  }
}

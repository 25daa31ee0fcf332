import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TeamDirectory1764000000100 implements MigrationInterface {
  name = 'TeamDirectory1764000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE team_member (
        team_id uuid NOT NULL,
        user_id text NOT NULL,
        team_name text NOT NULL,
        manager_id text NOT NULL,
        role text NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (team_id, user_id)
      )`);
    await queryRunner.query('CREATE INDEX ix_team_member_manager ON team_member (manager_id)');
    await queryRunner.query('CREATE INDEX ix_team_member_user ON team_member (user_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE team_member');
  }
}

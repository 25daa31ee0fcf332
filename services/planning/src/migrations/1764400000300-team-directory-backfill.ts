import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Planning's access checks read the team directory, as every other service's
 * do, and planning writes it with every team change from now on. This fills
 * it from the teams planning already has, as their last SalesTeamUpdated
 * described them (a team without members has no rows, as there).
 */
export class TeamDirectoryBackfill1764400000300 implements MigrationInterface {
  name = 'TeamDirectoryBackfill1764400000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      INSERT INTO team_member (team_id, user_id, team_name, manager_id, role, updated_at)
      SELECT m.team_id, m.user_id, t.name, t.manager_id, m.role, t.updated_at
      FROM sales_team_member m JOIN sales_team t ON t.id = m.team_id
      ON CONFLICT (team_id, user_id) DO UPDATE SET
        team_name = EXCLUDED.team_name, manager_id = EXCLUDED.manager_id,
        role = EXCLUDED.role, updated_at = EXCLUDED.updated_at
      WHERE team_member.updated_at <= EXCLUDED.updated_at`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM team_member');
  }
}

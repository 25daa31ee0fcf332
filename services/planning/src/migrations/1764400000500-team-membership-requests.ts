import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Managers no longer add people to their teams themselves (membership is
 * what their access to others' records rests on): they ask, an admin decides.
 * Existing teams and members stay as they are.
 */
export class TeamMembershipRequests1764400000500 implements MigrationInterface {
  name = 'TeamMembershipRequests1764400000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sales_team_membership_request (
        id uuid PRIMARY KEY,
        team_id uuid NOT NULL REFERENCES sales_team (id) ON DELETE CASCADE,
        user_id text NOT NULL,
        role text NOT NULL,
        requested_by text NOT NULL,
        status text NOT NULL,
        decided_by text,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX ux_membership_request_pending ON sales_team_membership_request (team_id, user_id) WHERE status = 'PENDING'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE sales_team_membership_request');
  }
}

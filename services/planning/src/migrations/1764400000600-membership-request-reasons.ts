import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A membership request keeps why the manager asked and why the admin decided
 * so, beside who and when; its events (SalesTeamMemberRequested,
 * SalesTeamMemberRequestDecided) carry the same and make its history.
 * Requests made before this have no events: their row still says who asked,
 * who decided and when.
 */
export class MembershipRequestReasons1764400000600 implements MigrationInterface {
  name = 'MembershipRequestReasons1764400000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE sales_team_membership_request
        ADD COLUMN reason text,
        ADD COLUMN decision_reason text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE sales_team_membership_request
        DROP COLUMN reason,
        DROP COLUMN decision_reason`);
  }
}

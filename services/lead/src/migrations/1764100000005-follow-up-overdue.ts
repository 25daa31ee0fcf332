import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Which planned follow-up FollowUpOverdue was raised for, so that it is raised once per follow-up. */
export class FollowUpOverdue1764100000005 implements MigrationInterface {
  name = 'FollowUpOverdue1764100000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE lead ADD COLUMN overdue_reported_for timestamptz');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE lead DROP COLUMN overdue_reported_for');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An account closed as LOST keeps why and when (AccountLost says the same). */
export class AccountLost1764200000700 implements MigrationInterface {
  name = 'AccountLost1764200000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE account ADD COLUMN lost_reason text, ADD COLUMN lost_at timestamptz',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE account DROP COLUMN lost_reason, DROP COLUMN lost_at');
  }
}

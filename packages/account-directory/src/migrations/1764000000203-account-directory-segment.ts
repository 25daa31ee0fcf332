import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The account's segment (SMALL, MEDIUM, LARGE), so that the order service can
 * apply a segment's price list. Rows projected before this have none until
 * their account's next event (or a replay of the directory).
 */
export class AccountDirectorySegment1764000000203 implements MigrationInterface {
  name = 'AccountDirectorySegment1764000000203';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE account_owner ADD COLUMN segment text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE account_owner DROP COLUMN segment');
  }
}

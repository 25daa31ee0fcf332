import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Colleagues' names and e-mails as their tokens gave them (user-directory.ts),
 * so a printed quote names its seller.
 */
export class KnownUsers1764300000011 implements MigrationInterface {
  name = 'KnownUsers1764300000011';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE known_user (
        user_id text PRIMARY KEY,
        name text,
        email text,
        seen_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE known_user');
  }
}

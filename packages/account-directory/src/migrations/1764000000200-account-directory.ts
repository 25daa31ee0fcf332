import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountDirectory1764000000200 implements MigrationInterface {
  name = 'AccountDirectory1764000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE account_owner (
        account_id uuid PRIMARY KEY,
        name text NOT NULL,
        owner_id text NOT NULL,
        tier text NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX ix_account_owner_owner ON account_owner (owner_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE account_owner');
  }
}

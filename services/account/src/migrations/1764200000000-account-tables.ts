import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountTables1764200000000 implements MigrationInterface {
  name = 'AccountTables1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE account (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        domain text,
        segment text NOT NULL,
        tier text NOT NULL,
        status text NOT NULL,
        owner_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await queryRunner.query('CREATE INDEX ix_account_owner ON account (owner_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE account');
  }
}

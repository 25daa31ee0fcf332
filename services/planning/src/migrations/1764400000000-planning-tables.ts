import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlanningTables1764400000000 implements MigrationInterface {
  name = 'PlanningTables1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sales_team (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        manager_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX ix_sales_team_manager ON sales_team (manager_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE sales_team');
  }
}

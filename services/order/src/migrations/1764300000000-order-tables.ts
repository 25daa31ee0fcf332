import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrderTables1764300000000 implements MigrationInterface {
  name = 'OrderTables1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE product (
        id uuid PRIMARY KEY,
        sku text NOT NULL UNIQUE,
        name text NOT NULL,
        product_line text NOT NULL,
        list_price numeric(14,2) NOT NULL CHECK (list_price >= 0),
        unit_cost numeric(14,2) NOT NULL CHECK (unit_cost >= 0),
        active boolean NOT NULL DEFAULT true
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE product');
  }
}

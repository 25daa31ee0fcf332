import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The currency an order's unit costs, totalCost and margin are in: the
 * order's (costs converted at the day's rate), or the catalogue's when no
 * rate converted them. Orders written before were costed in the catalogue's
 * currency, EUR in every deployment so far (ORDER_CURRENCY's default).
 */
export class OrderCostCurrency1764300000009 implements MigrationInterface {
  name = 'OrderCostCurrency1764300000009';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['sales_order', 'order_line']) {
      await queryRunner.query(
        `ALTER TABLE ${table} ADD COLUMN cost_currency char(3) NOT NULL DEFAULT 'EUR'`,
      );
      await queryRunner.query(`ALTER TABLE ${table} ALTER COLUMN cost_currency DROP DEFAULT`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE order_line DROP COLUMN cost_currency');
    await queryRunner.query('ALTER TABLE sales_order DROP COLUMN cost_currency');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The currency of an order's costs when it is not the order's (the order
 * snapshot's costCurrency: no rate converted them when the lines were
 * written). NULL: the costs are in the order's currency, which is also how an
 * order snapshot without costCurrency reads, so a replay gives the same rows.
 */
export class OrderCostCurrency1764400000800 implements MigrationInterface {
  name = 'OrderCostCurrency1764400000800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE attainment_order ADD COLUMN cost_currency char(3)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE attainment_order DROP COLUMN cost_currency');
  }
}

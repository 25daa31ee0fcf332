import { createSearchIndex } from '@salesgraph/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 14: the trigram index the order list's search uses (number and purchasing contact). */
export class OrderSearch1764300000004 implements MigrationInterface {
  name = 'OrderSearch1764300000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createSearchIndex(queryRunner, 'sales_order', 'ix_order_search', [
      'order_number',
      'purchasing_contact_name',
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX ix_order_search');
  }
}

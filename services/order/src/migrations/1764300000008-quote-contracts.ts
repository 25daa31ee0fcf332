import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An accepted quote becomes an order or, for an account manager, a supply contract's commitments. */
export class QuoteContracts1764300000008 implements MigrationInterface {
  name = 'QuoteContracts1764300000008';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE quote ADD COLUMN contract_id uuid');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE quote DROP COLUMN contract_id');
  }
}

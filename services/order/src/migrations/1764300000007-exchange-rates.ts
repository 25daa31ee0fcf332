import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The order service's copy of planning's exchange-rate table (planning owns
 * it; ExchangeRateSet fills this one): account revenue and the price guard
 * convert with it, by the same rules as planning.
 */
export class ExchangeRates1764300000007 implements MigrationInterface {
  name = 'ExchangeRates1764300000007';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE exchange_rate (
        base_currency char(3) NOT NULL,
        quote_currency char(3) NOT NULL,
        effective_from date NOT NULL,
        rate_id uuid NOT NULL,
        rate numeric(24, 10) NOT NULL CHECK (rate > 0),
        set_at timestamptz NOT NULL,
        PRIMARY KEY (base_currency, quote_currency, effective_from)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE exchange_rate');
  }
}

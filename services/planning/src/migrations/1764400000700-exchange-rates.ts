import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exchange rates kept by admins: 1 base = rate quote, from a date until the
 * next rate of the pair. Attainment and forecasts convert every order at the
 * rate of its booking date (see attainment-figures.ts), so a lookup by pair
 * and date must be an index scan.
 */
export class ExchangeRates1764400000700 implements MigrationInterface {
  name = 'ExchangeRates1764400000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE exchange_rate (
        id uuid PRIMARY KEY,
        base_currency char(3) NOT NULL,
        quote_currency char(3) NOT NULL,
        effective_from date NOT NULL,
        rate numeric(24, 10) NOT NULL CHECK (rate > 0),
        source text NOT NULL,
        set_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL,
        CONSTRAINT ck_exchange_rate_pair CHECK (base_currency <> quote_currency),
        CONSTRAINT ux_exchange_rate_pair_date UNIQUE (base_currency, quote_currency, effective_from)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE exchange_rate');
  }
}

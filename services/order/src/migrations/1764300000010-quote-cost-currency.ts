import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The currency of a quote version's costs (its lines' unitCost and
 * costAmount, and totalCost), as an order's (1764300000009): the quote's,
 * converted at the rate of the day the version was written, or the
 * catalogue's where no rate converted them. Versions written before were
 * costed in the catalogue's currency, EUR in every deployment so far
 * (ORDER_CURRENCY's default); their lines say so too. A version of a quote in
 * another currency had a margin of two currencies (its net minus EUR costs):
 * it becomes "0.00", as for an order whose costs no rate converted.
 */
export class QuoteCostCurrency1764300000010 implements MigrationInterface {
  name = 'QuoteCostCurrency1764300000010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE quote_version ADD COLUMN cost_currency char(3) NOT NULL DEFAULT 'EUR'`,
    );
    await queryRunner.query('ALTER TABLE quote_version ALTER COLUMN cost_currency DROP DEFAULT');
    await queryRunner.query(`
      UPDATE quote_version v
         SET lines = (SELECT COALESCE(jsonb_agg(l || '{"costCurrency":"EUR"}'::jsonb ORDER BY n), '[]'::jsonb)
                        FROM jsonb_array_elements(v.lines) WITH ORDINALITY AS e(l, n))`);
    await queryRunner.query(`
      UPDATE quote_version v SET margin = 0
        FROM quote q WHERE q.id = v.quote_id AND q.currency <> 'EUR'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE quote_version v
         SET lines = (SELECT COALESCE(jsonb_agg(l - 'costCurrency' ORDER BY n), '[]'::jsonb)
                        FROM jsonb_array_elements(v.lines) WITH ORDINALITY AS e(l, n))`);
    await queryRunner.query('ALTER TABLE quote_version DROP COLUMN cost_currency');
  }
}

import { formatDecimal, formatMoney } from '@salesgraph/service-kit';
import type { EntityManager } from 'typeorm';
import { converted, rateColumns, ratedRowsSql } from './rated-rows.sql';

/** The rate a conversion used; rate null: the table had none for the pair on that day. */
export interface RateUsed {
  rate: string | null;
  rateEffectiveFrom: string | null;
  inverse: boolean;
}

export interface ConvertedAmounts extends RateUsed {
  /** In the wanted currency, rounded to cents; each null without a rate. */
  amounts: Array<string | null>;
}

/**
 * Converts amounts of one currency (a target and its splits) at the rate in
 * force on one day, by the same SQL that converts orders and opportunities
 * (rated-rows.sql.ts), so a target read in the viewer's currency is rounded
 * exactly as the figures beside it.
 */
export async function amountsInCurrency(
  manager: EntityManager,
  amounts: string[],
  from: string,
  to: string,
  rateDate: string,
): Promise<ConvertedAmounts> {
  if (from === to)
    return {
      rate: null,
      rateEffectiveFrom: null,
      inverse: false,
      amounts: amounts.map(formatMoney),
    };
  const rows: Array<RateUsed & { amount: string | null }> = await manager.query(
    `WITH given AS (
       SELECT a.amount, a.position, $3::text AS currency, $4::date AS rate_date
       FROM unnest($1::numeric[]) WITH ORDINALITY AS a(amount, position)
     ),
     ${ratedRowsSql('rated', 'given')}
     SELECT ${converted('o.amount')}::text AS amount, ${rateColumns()}
     FROM rated o ORDER BY o.position`,
    [amounts, to, from, rateDate],
  );
  const rate = rows[0]?.rate ?? null;
  return {
    rate: rate === null ? null : formatDecimal(rate, 4),
    rateEffectiveFrom: rows[0]?.rateEffectiveFrom ?? null,
    inverse: rows[0]?.inverse ?? false,
    amounts: rows.map((row) => (row.amount === null ? null : formatMoney(row.amount))),
  };
}

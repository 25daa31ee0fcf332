import { convertedSql, rateOfDaySql } from '@salesgraph/service-kit';

/**
 * The one place planning applies its exchange-rate table to amounts. A
 * query builds a CTE of rows that each have `currency` and `rate_date`
 * (a day, UTC), and wraps it in `ratedRowsSql`: every row gains the rate of
 * its currency into the wanted currency (always parameter $2) in force on
 * its rate_date. Used by attainment (orders), the forecast's pipeline
 * (opportunities) and targets read in another currency, so the three agree:
 *
 * - the rate of a day and the rounding are service-kit's rule
 *   (rate-of-day.sql.ts, shared with the order service);
 * - a row without a rate is never dropped silently: its converted amount is
 *   NULL and `convertible` false, so callers leave it out of sums and list it.
 */
export function ratedRowsSql(name: string, source: string, where = 'true'): string {
  return `
    ${name} AS (
      SELECT s.*, r.rate, r.effective_from, COALESCE(r.inverse, false) AS inverse,
             (s.currency = $2 OR r.rate IS NOT NULL) AS convertible
      FROM ${source} s
      LEFT JOIN LATERAL (${rateIntoWantedSql('s.currency', 's.rate_date')}) r ON s.currency <> $2
      WHERE ${where}
    )`;
}

/** The rate of `currency` into the wanted one ($2) in force on `day`: rate, effective_from, inverse. */
export function rateIntoWantedSql(currency: string, day: string): string {
  return rateOfDaySql(currency, '$2', day);
}

/** An amount of a rated row in the wanted currency, rounded to cents; NULL without a rate. */
export function converted(amount: string, row = 'o'): string {
  return convertedSql(amount, `${row}.currency`, '$2', row);
}

/** The rate columns of a rated row as a conversion row shows them (rate, rateEffectiveFrom, inverse). */
export function rateColumns(row = 'o'): string {
  return `${row}.rate::text AS rate, to_char(${row}.effective_from, 'YYYY-MM-DD') AS "rateEffectiveFrom",
          ${row}.inverse`;
}

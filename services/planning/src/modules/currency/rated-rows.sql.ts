/**
 * The one place planning applies its exchange-rate table to amounts. A
 * query builds a CTE of rows that each have `currency` and `rate_date`
 * (a day, UTC), and wraps it in `ratedRowsSql`: every row gains the rate of
 * its currency into the wanted currency (always parameter $2) in force on
 * its rate_date. Used by attainment (orders), the forecast's pipeline
 * (opportunities) and targets read in another currency, so the three agree:
 *
 * - the rate in force on a day is the latest of the pair with effectiveFrom
 *   on or before it;
 * - a pair is looked up both ways: 1 row currency = r wanted (amount x r),
 *   or else 1 wanted = r row currency (amount / r), the direct rate winning
 *   on the same day;
 * - each amount is rounded half-up to cents once (`converted`), and sums add
 *   the rounded amounts, as an invoice would;
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
  return `
        SELECT x.rate, x.effective_from, x.inverse FROM (
          SELECT e.rate, e.effective_from, false AS inverse FROM exchange_rate e
           WHERE e.base_currency = ${currency} AND e.quote_currency = $2 AND e.effective_from <= ${day}
          UNION ALL
          SELECT e.rate, e.effective_from, true AS inverse FROM exchange_rate e
           WHERE e.base_currency = $2 AND e.quote_currency = ${currency} AND e.effective_from <= ${day}
        ) x
        ORDER BY x.effective_from DESC, x.inverse
        LIMIT 1`;
}

/** An amount of a rated row in the wanted currency, rounded to cents; NULL without a rate. */
export function converted(amount: string, row = 'o'): string {
  return `(CASE WHEN ${row}.currency = $2 THEN ${amount}
               WHEN ${row}.rate IS NULL THEN NULL
               WHEN ${row}.inverse THEN round(${amount} / ${row}.rate, 2)
               ELSE round(${amount} * ${row}.rate, 2) END)`;
}

/** The rate columns of a rated row as a conversion row shows them (rate, rateEffectiveFrom, inverse). */
export function rateColumns(row = 'o'): string {
  return `${row}.rate::text AS rate, to_char(${row}.effective_from, 'YYYY-MM-DD') AS "rateEffectiveFrom",
          ${row}.inverse`;
}

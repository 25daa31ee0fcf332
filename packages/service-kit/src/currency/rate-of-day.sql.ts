/**
 * rate-lookup-v1, as SQL: the rate that converts `fromCurrency` into
 * `toCurrency` on `day` (three SQL expressions). The one statement of the
 * rule for every service that keeps a copy of planning's exchange-rate table
 * (planning itself, order's projection), so all give the same figure:
 *
 * - the latest rate of the pair with effectiveFrom on or before the day;
 * - looked up both ways: 1 from = r to (amount x r), or else 1 to = r from
 *   (amount / r), the direct rate winning on the same day;
 * - no cross rate through a third currency.
 *
 * Yields one row (rate, effective_from, inverse) or none: use it in a
 * LEFT JOIN LATERAL (...) ON true.
 */
export function rateOfDaySql(fromCurrency: string, toCurrency: string, day: string): string {
  return `
    SELECT x.rate, x.effective_from, x.inverse FROM (
      SELECT e.rate, e.effective_from, false AS inverse FROM exchange_rate e
       WHERE e.base_currency = ${fromCurrency} AND e.quote_currency = ${toCurrency}
         AND e.effective_from <= ${day}
      UNION ALL
      SELECT e.rate, e.effective_from, true AS inverse FROM exchange_rate e
       WHERE e.base_currency = ${toCurrency} AND e.quote_currency = ${fromCurrency}
         AND e.effective_from <= ${day}
    ) x
    ORDER BY x.effective_from DESC, x.inverse
    LIMIT 1`;
}

/**
 * An amount of a row joined with rateOfDaySql, in the wanted currency,
 * rounded half-up to cents once (sums add the rounded amounts, as an invoice
 * would); NULL without a rate (never silently zero).
 */
export function convertedSql(
  amount: string,
  currency: string,
  wanted: string,
  row: string,
): string {
  return `(CASE WHEN ${currency} = ${wanted} THEN ${amount}
               WHEN ${row}.rate IS NULL THEN NULL
               WHEN ${row}.inverse THEN round(${amount} / ${row}.rate, 2)
               ELSE round(${amount} * ${row}.rate, 2) END)`;
}

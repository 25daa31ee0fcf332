/**
 * The orders of a subject that count in a period, each with the amount in a
 * wanted currency (parameters: $1 the subject, $2 the currency, $3 and $4 the
 * period's half-open instants). Planning owns the exchange-rate table; this
 * is the one place that applies it:
 *
 * - an order is converted at the rate in force on its booking date (UTC; an
 *   order invoiced without a booking date: its invoice date), the latest
 *   rate of the pair with effectiveFrom on or before that day;
 * - a pair is looked up both ways: 1 order currency = r wanted (amount x r),
 *   or else 1 wanted = r order currency (amount / r), the direct rate winning
 *   on the same day;
 * - each amount is rounded half-up to cents once, per order (per line for
 *   breakdowns), and sums add the rounded amounts, as an invoice would;
 * - an order without a rate is never dropped silently: its converted amount
 *   is NULL, it is left out of the sums and reported in `conversions` with
 *   no rate (see conversion-summary.ts).
 */
export function convertedOrdersSql(subjectColumn: string): string {
  return `
    scoped AS (
      SELECT o.*,
             (o.counts_as_booked AND o.booked_at >= $3 AND o.booked_at < $4) AS is_booked,
             (o.status = 'INVOICED' AND o.invoiced_at >= $3 AND o.invoiced_at < $4) AS is_invoiced,
             (COALESCE(o.booked_at, o.invoiced_at) AT TIME ZONE 'UTC')::date AS rate_date
      FROM attainment_order o
      WHERE ${subjectColumn} = $1
    ),
    rated AS (
      SELECT s.*, r.rate, r.effective_from, COALESCE(r.inverse, false) AS inverse,
             (s.currency = $2 OR r.rate IS NOT NULL) AS convertible
      FROM scoped s
      LEFT JOIN LATERAL (
        SELECT x.rate, x.effective_from, x.inverse FROM (
          SELECT e.rate, e.effective_from, false AS inverse FROM exchange_rate e
           WHERE e.base_currency = s.currency AND e.quote_currency = $2 AND e.effective_from <= s.rate_date
          UNION ALL
          SELECT e.rate, e.effective_from, true AS inverse FROM exchange_rate e
           WHERE e.base_currency = $2 AND e.quote_currency = s.currency AND e.effective_from <= s.rate_date
        ) x
        ORDER BY x.effective_from DESC, x.inverse
        LIMIT 1
      ) r ON s.currency <> $2
      WHERE s.is_booked OR s.is_invoiced
    )`;
}

/** An amount of a `rated` row in the wanted currency, rounded to cents; NULL without a rate. */
export function converted(amount: string, row = 'o'): string {
  return `(CASE WHEN ${row}.currency = $2 THEN ${amount}
               WHEN ${row}.rate IS NULL THEN NULL
               WHEN ${row}.inverse THEN round(${amount} / ${row}.rate, 2)
               ELSE round(${amount} * ${row}.rate, 2) END)`;
}

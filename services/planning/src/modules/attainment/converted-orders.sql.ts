import { converted, rateIntoWantedSql, ratedRowsSql } from '../currency/rated-rows.sql';

export { converted } from '../currency/rated-rows.sql';

/**
 * The orders of a subject that count in a period, each with the rate into a
 * wanted currency (parameters: $1 the subject, $2 the currency, $3 and $4 the
 * period's half-open instants), as the CTE `rated`. An order is converted at
 * the rate in force on its booking date (UTC; an order invoiced without a
 * booking date: its invoice date); how rates are found and applied is
 * currency/rated-rows.sql.ts, shared with the pipeline and targets.
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
    ${ratedRowsSql('rated_net', 'scoped', 's.is_booked OR s.is_invoiced')},
    rated AS (
      SELECT n.*, c.rate AS cost_rate, COALESCE(c.inverse, false) AS cost_inverse
      FROM rated_net n
      LEFT JOIN LATERAL (${rateIntoWantedSql('n.cost_currency', 'n.rate_date')}) c
        ON n.cost_currency IS NOT NULL AND n.cost_currency <> $2
    )`;
}

/**
 * A cost of a `rated` row in the wanted currency, rounded to cents. Costs are
 * in the order's currency (converted like its net), unless no rate converted
 * them when the order's lines were written (cost_currency): then they are
 * converted from that currency at the same day's rate, and are NULL without
 * one, so a margin never subtracts amounts of two currencies.
 */
export function convertedCost(amount: string, row = 'o'): string {
  return `(CASE WHEN ${row}.cost_currency IS NULL THEN ${converted(amount, row)}
               WHEN ${row}.cost_currency = $2 THEN ${amount}
               WHEN ${row}.cost_rate IS NULL THEN NULL
               WHEN ${row}.cost_inverse THEN round(${amount} / ${row}.cost_rate, 2)
               ELSE round(${amount} * ${row}.cost_rate, 2) END)`;
}

/** A booked `rated` row whose net converts but whose costs do not: its margin is left out, and counted. */
export const costNotConvertedSql = (row = 'o') =>
  `(${converted(`${row}.total_net`, row)} IS NOT NULL AND ${convertedCost(`${row}.total_cost`, row)} IS NULL)`;

import { ratedRowsSql } from '../currency/rated-rows.sql';

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
    ${ratedRowsSql('rated', 'scoped', 's.is_booked OR s.is_invoiced')}`;
}

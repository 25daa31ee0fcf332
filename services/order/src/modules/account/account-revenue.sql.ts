import { bookingSql } from '../order/order-booking.rule';
import { convertedSql, rateOfDaySql } from '@salesgraph/service-kit';

/**
 * The orders of some accounts that count in a period, each with the rate
 * that converts it into the wanted currency (parameters: $1 the accounts, $2
 * and $3 the period's first day and the day after its last, $4 the
 * currency). The rules are planning's (converted-orders.sql.ts): the rate in
 * force on the order's booking date (UTC; an order invoiced without one: its
 * invoice date); each amount rounded half-up to cents once per order; an
 * order without a rate gets NULL and is reported, never summed. Costs are
 * converted from their own currency (cost_currency: the order's, or the
 * catalogue's where no rate converted them when the lines were written) at
 * the same day's rate; a cost without one gets NULL (its order adds no margin).
 */
export const ratedOrdersSql = `
  scoped AS (
    SELECT account_id, currency, total_net, total_cost, cost_currency,
           ${bookingSql.countsAsBooked}
             AND ${bookingSql.bookedAt} >= $2::date AND ${bookingSql.bookedAt} < $3::date AS booked,
           status = 'INVOICED' AND invoiced_at >= $2::date AND invoiced_at < $3::date AS invoiced,
           (COALESCE(${bookingSql.bookedAt}, invoiced_at) AT TIME ZONE 'UTC')::date AS rate_date
      FROM sales_order WHERE account_id = ANY($1::uuid[])
  ),
  rated AS (
    SELECT s.*, r.rate, r.effective_from, COALESCE(r.inverse, false) AS inverse,
           c.rate AS cost_rate, COALESCE(c.inverse, false) AS cost_inverse
      FROM scoped s
      LEFT JOIN LATERAL (${rateOfDaySql('s.currency', '$4', 's.rate_date')}) r ON s.currency <> $4
      LEFT JOIN LATERAL (${rateOfDaySql('s.cost_currency', '$4', 's.rate_date')}) c
        ON s.cost_currency <> $4
     WHERE s.booked OR s.invoiced
  )`;

/** An amount of a `rated` row in the wanted currency ($4), rounded to cents; NULL without a rate. */
export const inWanted = (amount: string) => convertedSql(amount, 'o.currency', '$4', 'o');

/** A `rated` row's total cost in the wanted currency ($4), from its cost_currency; NULL without a rate. */
export const costInWanted = `(CASE WHEN o.cost_currency = $4 THEN o.total_cost
               WHEN o.cost_rate IS NULL THEN NULL
               WHEN o.cost_inverse THEN round(o.total_cost / o.cost_rate, 2)
               ELSE round(o.total_cost * o.cost_rate, 2) END)`;

import type { Role } from './roles';

/**
 * Who may read unit costs and margins (product cost, order line cost, order
 * and account margins, booked margin in attainment and plans): the people
 * accountable for profitability or who run order administration. Sales reps
 * and marketing sell at list and negotiated prices and see revenue only; ADMIN
 * passes every role check. Every cost or margin field of the graph is guarded
 * with this list (service-kit's `@Sensitive('COST_AND_MARGIN')`), so a reader
 * without it gets FORBIDDEN for that field, and `history` leaves the fields
 * that event contracts mark COST_AND_MARGIN out for them. See docs/security.md.
 */
export const costAndMarginReaders = [
  'ACCOUNT_MANAGER',
  'SALES_MANAGER',
  'SALES_COORDINATOR',
] as const satisfies readonly Role[];

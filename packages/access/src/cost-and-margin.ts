import type { Role } from '@salesgraph/identity';

/**
 * Who may read unit costs and margins (product cost, order line cost, order
 * and account margins, booked margin in attainment and plans): the people
 * accountable for profitability or who run order administration. Sales reps
 * and marketing sell at list and negotiated prices and see revenue only; ADMIN
 * passes every role check. Every cost or margin field of the graph is guarded
 * with this list (@Authorized), so a reader without it gets FORBIDDEN for that
 * field. See docs/security.md.
 */
export const costAndMarginReaders = [
  'ACCOUNT_MANAGER',
  'SALES_MANAGER',
  'SALES_COORDINATOR',
] as const satisfies readonly Role[];

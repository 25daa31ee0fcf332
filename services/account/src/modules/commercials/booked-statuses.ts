/**
 * Which orders count, decided here once (README.md, "Which revenue counts"):
 * - booked revenue: CONFIRMED, FULFILLED and INVOICED orders at their net total;
 * - pending: PLACED orders that order administration has not confirmed yet;
 * - neither: DRAFT and CANCELLED orders (a cancellation takes an order back out).
 * An order's date is when it was placed; "last order" counts pending orders too,
 * since the customer did order.
 */
export const BOOKED_STATUSES = ['CONFIRMED', 'FULFILLED', 'INVOICED'];
export const PENDING_STATUSES = ['PLACED'];
export const NOT_ORDERED_STATUSES = ['DRAFT', 'CANCELLED'];

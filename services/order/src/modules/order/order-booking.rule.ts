import { OrderStatus } from './order-status';

/**
 * The one definition of "booked", for the whole platform: an order is booked
 * when order administration confirms it, and it counts as booked business
 * while it is confirmed, fulfilled or invoiced. A cancelled order no longer
 * counts, though it keeps the date it was booked on. The order events carry
 * both answers, so account and planning count exactly what this says.
 */
export const bookedStatuses: readonly OrderStatus[] = [
  OrderStatus.CONFIRMED,
  OrderStatus.FULFILLED,
  OrderStatus.INVOICED,
];

export function bookingOf(order: { status: OrderStatus; confirmedAt: Date | null }): {
  bookedAt: Date | null;
  countsAsBooked: boolean;
} {
  return {
    bookedAt: order.confirmedAt,
    countsAsBooked: bookedStatuses.includes(order.status),
  };
}

/**
 * The same rule as SQL over `sales_order`, for the sums the database adds up
 * (an account's revenue): built from the rule above, so the service has one
 * definition of booked, not a second one in a query.
 */
export const bookingSql = {
  /** Whether a row counts as booked business. */
  countsAsBooked: `status IN (${bookedStatuses.map((status) => `'${status}'`).join(', ')})`,
  /** When a row was booked. */
  bookedAt: 'confirmed_at',
} as const;

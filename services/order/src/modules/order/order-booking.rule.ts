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

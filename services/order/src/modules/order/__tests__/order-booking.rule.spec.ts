import { OrderStatus } from '../order-status';
import { bookedStatuses, bookingOf, bookingSql } from '../order-booking.rule';

const confirmedAt = new Date('2026-11-27T10:00:00Z');

describe('order booking rule', () => {
  it('counts confirmed, fulfilled and invoiced orders as booked business, nothing else', () => {
    const counts = Object.values(OrderStatus).filter(
      (status) => bookingOf({ status, confirmedAt }).countsAsBooked,
    );
    expect(counts).toEqual(['CONFIRMED', 'FULFILLED', 'INVOICED']);
  });

  it('books an order when it is confirmed', () => {
    expect(bookingOf({ status: OrderStatus.CONFIRMED, confirmedAt })).toEqual({
      bookedAt: confirmedAt,
      countsAsBooked: true,
    });
    expect(bookingOf({ status: OrderStatus.PLACED, confirmedAt: null })).toEqual({
      bookedAt: null,
      countsAsBooked: false,
    });
  });

  it('keeps the booking date of a cancelled order, which no longer counts', () => {
    expect(bookingOf({ status: OrderStatus.CANCELLED, confirmedAt })).toEqual({
      bookedAt: confirmedAt,
      countsAsBooked: false,
    });
  });

  it('says the same in SQL: exactly the booked statuses, dated by confirmed_at', () => {
    const listed = [...bookingSql.countsAsBooked.matchAll(/'([A-Z]+)'/g)].map((m) => m[1]);
    expect(listed).toEqual([...bookedStatuses]);
    expect(bookingSql.countsAsBooked).toBe("status IN ('CONFIRMED', 'FULFILLED', 'INVOICED')");
    expect(bookingSql.bookedAt).toBe('confirmed_at');
  });
});

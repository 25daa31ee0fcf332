import { orderCancelled, orderConfirmed, orderPlaced } from '../../test/support/order-events';
import { OrderAdminQueue } from '../order-admin-queue';

const first = 'd0000000-0000-4000-8000-000000000001';
const second = 'd0000000-0000-4000-8000-000000000002';
const friday = '2026-11-27T09:00:00.000Z';

describe('order-admin queue', () => {
  it('queues placed orders for confirmation, then for fulfilment, and drops cancelled ones', () => {
    const queue = new OrderAdminQueue();
    queue.apply(orderPlaced(first, friday));
    queue.apply(orderPlaced(second, friday));
    queue.apply(orderConfirmed(first, '2026-11-27T10:00:00.000Z'));
    queue.apply(orderCancelled(second, 'customer withdrew', friday));
    const entries = queue.entries(new Date('2026-11-30T09:30:00Z'));
    expect(entries).toEqual([
      expect.objectContaining({
        orderId: first,
        status: 'CONFIRMED',
        action: 'FULFIL',
        since: '2026-11-27T10:00:00.000Z',
        dueAt: '2026-12-04T10:00:00.000Z',
        overdue: false,
      }),
    ]);
  });

  it('applies each event once and never goes back to an older revision', () => {
    const queue = new OrderAdminQueue();
    const placed = orderPlaced(first, friday);
    const confirmed = orderConfirmed(first, friday);
    expect(queue.apply(placed)).toBe('applied');
    expect(queue.apply(placed)).toBe('duplicate');
    expect(queue.apply(confirmed)).toBe('applied');
    // the same state published again (a replay with new event ids) is stale
    expect(queue.apply(orderPlaced(first, friday))).toBe('stale');
    expect(queue.entries(new Date(friday)).map((e) => e.status)).toEqual(['CONFIRMED']);
  });

  it('marks an order overdue once its service level has run out', () => {
    const queue = new OrderAdminQueue();
    queue.apply(orderPlaced(first, friday));
    // PLACED: confirm within 1 business day -> due Monday 09:00
    expect(queue.summary(new Date('2026-11-30T08:59:00Z'))).toEqual({
      waiting: { CONFIRM: 1, FULFIL: 0, INVOICE: 0 },
      overdue: 0,
      ordersKnown: 1,
    });
    expect(queue.summary(new Date('2026-11-30T09:01:00Z')).overdue).toBe(1);
  });
});

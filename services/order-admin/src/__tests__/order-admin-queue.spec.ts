import {
  createEnvelope,
  OrderCancelled,
  OrderConfirmed,
  OrderPlaced,
  type OrderSnapshot,
} from '@salesgraph/events';
import { OrderAdminQueue } from '../order-admin-queue';

const context = {
  source: 'salesgraph/order',
  correlationId: 'c-1',
  actor: { type: 'user' as const, id: 'u-coord' },
};

function snapshot(
  orderId: string,
  status: OrderSnapshot['status'],
  revision: number,
): OrderSnapshot {
  return {
    orderId,
    orderNumber: `SO-${orderId.slice(-4)}`,
    accountId: 'a0000000-0000-4000-8000-000000000003',
    kind: 'AD_HOC',
    status,
    placedBy: 'u-rep-rita',
    creditedTo: 'u-rep-rita',
    currency: 'EUR',
    lines: [],
    totalNet: '100.00',
    totalCost: '60.00',
    margin: '40.00',
    countsAsBooked: ['CONFIRMED', 'FULFILLED', 'INVOICED'].includes(status),
    revision,
  };
}

const first = 'd0000000-0000-4000-8000-000000000001';
const second = 'd0000000-0000-4000-8000-000000000002';
const friday = '2026-11-27T09:00:00.000Z';

describe('order-admin queue', () => {
  it('queues placed orders for confirmation, then for fulfilment, and drops cancelled ones', () => {
    const queue = new OrderAdminQueue();
    queue.apply(
      createEnvelope(
        OrderPlaced,
        { order: snapshot(first, 'PLACED', 2), placedAt: friday },
        context,
      ),
    );
    queue.apply(
      createEnvelope(
        OrderPlaced,
        { order: snapshot(second, 'PLACED', 2), placedAt: friday },
        context,
      ),
    );
    queue.apply(
      createEnvelope(
        OrderConfirmed,
        { order: snapshot(first, 'CONFIRMED', 3), confirmedAt: '2026-11-27T10:00:00.000Z' },
        context,
      ),
    );
    queue.apply(
      createEnvelope(
        OrderCancelled,
        {
          order: snapshot(second, 'CANCELLED', 3),
          reason: 'customer withdrew',
          previousStatus: 'PLACED',
          cancelledAt: friday,
        },
        context,
      ),
    );
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
    const placed = createEnvelope(
      OrderPlaced,
      { order: snapshot(first, 'PLACED', 2), placedAt: friday },
      context,
    );
    const confirmed = createEnvelope(
      OrderConfirmed,
      { order: snapshot(first, 'CONFIRMED', 3), confirmedAt: friday },
      context,
    );
    expect(queue.apply(placed)).toBe('applied');
    expect(queue.apply(placed)).toBe('duplicate');
    expect(queue.apply(confirmed)).toBe('applied');
    // the same state published again (a replay with new event ids) is stale
    expect(
      queue.apply(
        createEnvelope(
          OrderPlaced,
          { order: snapshot(first, 'PLACED', 2), placedAt: friday },
          context,
        ),
      ),
    ).toBe('stale');
    expect(queue.entries(new Date(friday)).map((e) => e.status)).toEqual(['CONFIRMED']);
  });

  it('marks an order overdue once its service level has run out', () => {
    const queue = new OrderAdminQueue();
    queue.apply(
      createEnvelope(
        OrderPlaced,
        { order: snapshot(first, 'PLACED', 2), placedAt: friday },
        context,
      ),
    );
    // PLACED: confirm within 1 business day -> due Monday 09:00
    expect(queue.summary(new Date('2026-11-30T08:59:00Z'))).toEqual({
      waiting: { CONFIRM: 1, FULFIL: 0, INVOICE: 0 },
      overdue: 0,
      ordersKnown: 1,
    });
    expect(queue.summary(new Date('2026-11-30T09:01:00Z')).overdue).toBe(1);
  });
});

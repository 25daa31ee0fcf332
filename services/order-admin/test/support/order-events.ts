import {
  createEnvelope,
  OrderCancelled,
  OrderConfirmed,
  OrderPlaced,
  ProductChanged,
  type OrderSnapshot,
  type ProductChangedData,
} from '@salesgraph/events';

/** Events of the order topic, as the order service's relay publishes them, for the app's tests. */

export const rep = 'u-rep-rita';
export const account = 'a3000000-0000-4000-8000-000000000001';

const context = {
  source: 'salesgraph/order',
  correlationId: 'order-admin-test',
  actor: { type: 'user' as const, id: rep },
};

/** An ad hoc order of the rep's account (30.00 net), as its events carry it. */
export function orderSnapshot(
  orderId: string,
  status: OrderSnapshot['status'],
  revision: number,
): OrderSnapshot {
  return {
    orderId,
    orderNumber: `SO-${orderId.slice(-6)}`,
    accountId: account,
    kind: 'AD_HOC',
    status,
    placedBy: rep,
    creditedTo: rep,
    currency: 'EUR',
    lines: [],
    totalNet: '30.00',
    totalCost: '12.00',
    margin: '18.00',
    countsAsBooked: ['CONFIRMED', 'FULFILLED', 'INVOICED'].includes(status),
    revision,
  };
}

/** A draft placed: revision 2. */
export const orderPlaced = (orderId: string, placedAt: string) =>
  createEnvelope(OrderPlaced, { order: orderSnapshot(orderId, 'PLACED', 2), placedAt }, context);

/** A placed order confirmed: revision 3. */
export const orderConfirmed = (orderId: string, confirmedAt: string) =>
  createEnvelope(
    OrderConfirmed,
    { order: orderSnapshot(orderId, 'CONFIRMED', 3), confirmedAt },
    context,
  );

/** A placed order cancelled: revision 3. */
export const orderCancelled = (orderId: string, reason: string, cancelledAt: string) =>
  createEnvelope(
    OrderCancelled,
    {
      order: orderSnapshot(orderId, 'CANCELLED', 3),
      reason,
      previousStatus: 'PLACED',
      cancelledAt,
    },
    context,
  );

/** A catalogue change: valid, on the same topic, and nothing the queue has to do with. */
export const productChanged = (data: Partial<ProductChangedData> & { productId: string }) =>
  createEnvelope(
    ProductChanged,
    {
      sku: 'VAL-100',
      name: 'Industrial valve DN50',
      productLine: 'Valves',
      listPrice: '259.90',
      unitCost: '131.45',
      active: true,
      change: 'UPDATED',
      changedFields: ['listPrice'],
      changedAt: '2026-11-27T09:00:00.000Z',
      ...data,
    },
    context,
  );

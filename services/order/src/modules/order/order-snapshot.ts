import type { OrderSnapshot } from '@salesgraph/events';
import { bookingOf } from './order-booking.rule';
import type { Order } from './order.entity';

/**
 * The order as its events carry it. The event contract is the boundary with
 * planning, account and order administration: it is built here, from the
 * stored order, and nowhere else. `revision` is the optimistic-lock version.
 */
export function orderSnapshotOf(order: Order): OrderSnapshot {
  const { bookedAt, countsAsBooked } = bookingOf(order);
  const lines = [...order.lines].sort((a, b) => a.lineNumber - b.lineNumber);
  return {
    orderId: order.id,
    orderNumber: order.orderNumber,
    accountId: order.accountId,
    kind: order.kind,
    ...(order.contractId ? { contractId: order.contractId } : {}),
    status: order.status,
    placedBy: order.placedBy,
    creditedTo: order.creditedTo,
    currency: order.currency,
    lines: lines.map((line) => ({
      productId: line.productId,
      sku: line.sku,
      productLine: line.productLine,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      discountPercent: line.discountPercent,
      unitCost: line.unitCost,
      netAmount: line.netAmount,
      costAmount: line.costAmount,
    })),
    totalNet: order.totalNet,
    totalCost: order.totalCost,
    margin: order.margin,
    ...(order.costCurrency && order.costCurrency !== order.currency
      ? { costCurrency: order.costCurrency }
      : {}),
    ...(order.placedAt ? { placedAt: order.placedAt.toISOString() } : {}),
    ...(bookedAt ? { bookedAt: bookedAt.toISOString() } : {}),
    ...(order.invoicedAt ? { invoicedAt: order.invoicedAt.toISOString() } : {}),
    countsAsBooked,
    ...(order.contractOverrun ? { contractOverrun: true } : {}),
    ...(order.opportunityId ? { opportunityId: order.opportunityId } : {}),
    ...(order.quoteId ? { quoteId: order.quoteId } : {}),
    revision: order.version,
  };
}

import type { OrderSnapshot } from '@salesgraph/events';
import type { EntityManager } from 'typeorm';
import { AccountOrder } from './account-order.entity';

/**
 * Keeps each order's latest snapshot. Redelivery is stopped by the inbox;
 * reordering by the revision: a snapshot not newer than the stored one
 * changes nothing, so a late OrderConfirmed cannot revive a cancelled order.
 */
export class OrderProjection {
  /**
   * Applies one snapshot; `eventAt` dates the order when the snapshot has no
   * placedAt. Returns the accounts whose figures changed (none if stale).
   */
  async apply(manager: EntityManager, order: OrderSnapshot, eventAt: string): Promise<string[]> {
    const current = await manager.findOne(AccountOrder, {
      where: { orderId: order.orderId },
      lock: { mode: 'pessimistic_write' },
    });
    if (current && current.revision >= order.revision) return [];
    const orderDate = order.placedAt
      ? new Date(order.placedAt)
      : (current?.orderDate ?? new Date(eventAt));
    await manager.upsert(
      AccountOrder,
      {
        orderId: order.orderId,
        accountId: order.accountId,
        orderNumber: order.orderNumber,
        status: order.status,
        revision: order.revision,
        currency: order.currency,
        totalNet: order.totalNet,
        totalCost: order.totalCost,
        margin: order.margin,
        orderDate,
        bookedAt: order.bookedAt ? new Date(order.bookedAt) : null,
        countsAsBooked: order.countsAsBooked,
        updatedAt: new Date(),
      },
      ['orderId'],
    );
    return [...new Set([current?.accountId, order.accountId].filter((id): id is string => !!id))];
  }
}

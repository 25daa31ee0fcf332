import type { OrderSnapshot } from '@salesgraph/events';
import { inTransaction, type CommandContext } from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { HealthService } from '../health/health.service';
import { AccountOrder } from './account-order.entity';

/**
 * Keeps each order's latest snapshot. Redelivery is stopped by the inbox;
 * reordering by the revision: a snapshot not newer than the stored one
 * changes nothing, so a late OrderConfirmed cannot revive a cancelled order.
 */
export class OrderProjection {
  constructor(
    private readonly dataSource: DataSource,
    private readonly health: HealthService,
  ) {}

  /**
   * Applies one snapshot, in the handler's transaction; `eventAt` dates the
   * order when the snapshot has no placedAt. The health of every account
   * whose figures changed is assessed again in the same transaction, so
   * AccountAtRisk goes out with the change.
   */
  apply(command: CommandContext, order: OrderSnapshot, eventAt: string): Promise<void> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const changed = await this.store(manager, order, eventAt);
      for (const accountId of changed) await this.health.recompute(command, manager, accountId);
    });
  }

  /**
   * Applies one snapshot during a projection replay: the figures only. Health
   * is assessed once when the replay is done (partial figures would flag
   * accounts at risk on the way), see `reassessAfterReplay`.
   */
  rebuild(command: CommandContext, order: OrderSnapshot, eventAt: string): Promise<void> {
    return inTransaction(this.dataSource, command, async (manager) => {
      await this.store(manager, order, eventAt);
    });
  }

  /** After a replay: every account's health from the rebuilt figures; transitions emit their events. */
  reassessAfterReplay(command: CommandContext): Promise<number> {
    return this.health.recheckAll(command);
  }

  /** Returns the accounts whose figures changed (none if the snapshot is stale). */
  private async store(
    manager: EntityManager,
    order: OrderSnapshot,
    eventAt: string,
  ): Promise<string[]> {
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
        // booking is the order service's decision, taken as it comes
        bookedAt: order.bookedAt ? new Date(order.bookedAt) : null,
        countsAsBooked: order.countsAsBooked,
        // The event's time, not the clock's: a replay writes the same row again.
        updatedAt: new Date(eventAt),
      },
      ['orderId'],
    );
    return [...new Set([current?.accountId, order.accountId].filter((id): id is string => !!id))];
  }
}

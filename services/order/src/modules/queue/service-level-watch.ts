import { OrderServiceLevelBreached } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import { queuedStatuses, serviceLevels, timingOf } from '@salesgraph/order-administration';
import { eventContextOf, inTransaction, type CommandContext } from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';

/**
 * Raises OrderServiceLevelBreached for orders that waited in a status longer
 * than its service level: once per order and status entry, claimed by a row
 * of order_service_level_breach inserted in the event's transaction (a
 * concurrent run inserts nothing and raises nothing).
 */
export class ServiceLevelWatch {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /** Returns the orders it raised a breach for. */
  async run(command: CommandContext): Promise<string[]> {
    const now = command.clock.now();
    return inTransaction(this.dataSource, command, async (manager) => {
      const orders: Array<{
        id: string;
        order_number: string;
        account_id: string;
        status: (typeof queuedStatuses)[number];
        status_changed_at: Date;
        credited_to: string;
        placed_by: string;
      }> = await manager.query(
        `SELECT o.id, o.order_number, o.account_id, o.status, o.status_changed_at, o.credited_to, o.placed_by
           FROM sales_order o
          WHERE o.status = ANY($1)
            AND NOT EXISTS (SELECT 1 FROM order_service_level_breach b
                             WHERE b.order_id = o.id AND b.status = o.status AND b.since = o.status_changed_at)`,
        [queuedStatuses],
      );
      const raised: string[] = [];
      for (const order of orders) {
        const since = new Date(order.status_changed_at);
        const timing = timingOf(order.status, since, now);
        if (!timing.overdue) continue;
        const claimed: unknown[] = await manager.query(
          `INSERT INTO order_service_level_breach (order_id, status, since, raised_at)
           VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING order_id`,
          [order.id, order.status, since, now],
        );
        if (claimed.length === 0) continue;
        const level = serviceLevels[order.status];
        await this.outbox.append(
          manager,
          OrderServiceLevelBreached,
          {
            orderId: order.id,
            orderNumber: order.order_number,
            accountId: order.account_id,
            status: order.status,
            action: level.action,
            serviceLevelBusinessDays: level.businessDays,
            since: since.toISOString(),
            dueAt: timing.dueAt.toISOString(),
            responsible: order.status === 'DRAFT' ? 'SELLER' : 'ORDER_ADMINISTRATION',
            creditedTo: order.credited_to,
            placedBy: order.placed_by,
            detectedAt: now.toISOString(),
          },
          eventContextOf(command),
        );
        raised.push(order.id);
      }
      return raised;
    });
  }
}

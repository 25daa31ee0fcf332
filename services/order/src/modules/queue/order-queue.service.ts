import { BadInputError, type CommandContext } from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import type { SalesAccess } from '../access/sales-access';
import { OrderStatus } from '../order/order-status';
import { Order } from '../order/order.entity';
import { sortLines, type OrderService } from '../order/order.service';
import {
  isQueued,
  queuedStatuses,
  serviceLevels,
  timingOf,
} from '@salesgraph/order-administration';
import type { OrderQueue } from './order-queue.type';

/** The queue per status that order administration works through, oldest first. */
export class OrderQueueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SalesAccess,
    private readonly orders: OrderService,
  ) {}

  async queue(
    command: CommandContext,
    status: OrderStatus,
    page: { limit: number; offset: number },
  ): Promise<OrderQueue> {
    if (!isQueued(status))
      throw new BadInputError(
        `${status} orders wait for nobody, so there is no queue for them. Queues: ${queuedStatuses.join(', ')}.`,
      );
    const manager = this.dataSource.manager;
    const now = command.clock.now();
    const level = serviceLevels[status];
    const where = this.orders.visibleWhere(await this.access.scopeOf(command), { status });
    const waiting = where.length
      ? await manager.find(Order, { where, select: { id: true, statusChangedAt: true } })
      : [];
    const oldestFirst = where.length
      ? sortLines(
          await manager.find(Order, {
            where,
            relations: { lines: true },
            order: { statusChangedAt: 'ASC', id: 'ASC' },
            take: page.limit,
            skip: page.offset,
          }),
        )
      : [];
    return {
      status,
      action: level.action,
      serviceLevel: level.description,
      businessDays: level.businessDays,
      total: waiting.length,
      overdue: waiting.filter((o) => timingOf(status, o.statusChangedAt, now).overdue).length,
      entries: oldestFirst.map((order) => ({
        order,
        since: order.statusChangedAt,
        ...timingOf(status, order.statusChangedAt, now),
      })),
    };
  }

  /** Every queue at once, each with its first `limit` entries: the coordinator's overview. */
  async queues(command: CommandContext, limit: number): Promise<OrderQueue[]> {
    const result: OrderQueue[] = [];
    for (const status of queuedStatuses)
      result.push(await this.queue(command, status as OrderStatus, { limit, offset: 0 }));
    return result;
  }
}

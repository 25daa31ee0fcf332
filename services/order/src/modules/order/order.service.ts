import { assertUuid, isUuid, onlyUuids, type CommandContext } from '@salesgraph/service-kit';
import { In, type DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import type { SalesAccess } from '../access/sales-access';
import type { SalesScope } from '../access/sales-scope';
import type { OrderFilter } from './dto/order-filter.input';
import { Order } from './order.entity';
import { OrderException } from './order.exception';

/** Reads orders, always through the caller's access scope; invisible orders do not exist. */
export class OrderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SalesAccess,
  ) {}

  async list(
    command: CommandContext,
    filter: OrderFilter & { creditedTo?: string },
    page: { limit: number; offset: number },
  ): Promise<Order[]> {
    // Account and contract ids may come from `_entities` keys: anything but a uuid is none of ours.
    if ([filter.accountId, filter.contractId].some((id) => id != null && !isUuid(id))) return [];
    const where = this.visibleWhere(await this.access.scopeOf(command), { ...filter });
    if (where.length === 0) return [];
    return sortLines(
      await this.dataSource.manager.find(Order, {
        where,
        relations: { lines: true },
        order: { createdAt: 'DESC', id: 'ASC' },
        take: page.limit,
        skip: page.offset,
      }),
    );
  }

  async get(command: CommandContext, id: string): Promise<Order> {
    assertUuid(id, 'Order id');
    const [order] = await this.findVisible(command, [id]);
    if (!order) throw OrderException.notFound(id);
    return order;
  }

  /** The orders among `ids` the caller may see; for batched reference resolution. */
  async findVisible(command: CommandContext, ids: readonly string[]): Promise<Order[]> {
    const valid = onlyUuids(ids);
    if (valid.length === 0) return [];
    const where = this.visibleWhere(await this.access.scopeOf(command), { id: In(valid) });
    if (where.length === 0) return [];
    return sortLines(
      await this.dataSource.manager.find(Order, { where, relations: { lines: true } }),
    );
  }

  /** An order inside a transaction that is about to change it; NOT_FOUND when invisible. */
  async loadForChange(manager: EntityManager, command: CommandContext, id: string): Promise<Order> {
    assertUuid(id, 'Order id');
    const where = this.visibleWhere(await this.access.scopeOf(command, manager), { id });
    const order = where.length
      ? await manager.findOne(Order, { where, relations: { lines: true } })
      : null;
    if (!order) throw OrderException.notFound(id);
    return sortLines([order])[0];
  }

  /** The scope as `where` alternatives: the account's orders, and those credited to or placed by its people. */
  visibleWhere(scope: SalesScope, filter: FindOptionsWhere<Order>): FindOptionsWhere<Order>[] {
    return scope.where<Order>(filter, { account: 'accountId', owners: ['creditedTo', 'placedBy'] });
  }
}

export function sortLines(orders: Order[]): Order[] {
  for (const order of orders) order.lines?.sort((a, b) => a.lineNumber - b.lineNumber);
  return orders;
}

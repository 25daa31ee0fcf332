import type { AuthenticatedUser } from '@salesgraph/identity';
import { auditHistory } from '@salesgraph/messaging';
import type { AuditEntry } from '@salesgraph/service-kit';
import { isUUID } from 'class-validator';
import { In, type DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { assertUuid } from '../../shared/ids';
import type { SalesAccess, SalesScope } from '../access/sales-access';
import { scopedWhere } from '../access/scope-where';
import type { OrderFilter } from './dto/order-filter.input';
import { Order } from './order.entity';
import { OrderException } from './order.exception';

/** Reads orders, always through the caller's access scope. */
export class OrderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SalesAccess,
  ) {}

  async list(
    user: AuthenticatedUser,
    filter: OrderFilter & { creditedTo?: string },
    page: { limit: number; offset: number },
  ): Promise<Order[]> {
    const manager = this.dataSource.manager;
    const where = this.visibleWhere(await this.access.scopeOf(manager, user), { ...filter });
    if (where.length === 0) return [];
    return sortLines(
      await manager.find(Order, {
        where,
        relations: { lines: true },
        order: { createdAt: 'DESC', id: 'ASC' },
        take: page.limit,
        skip: page.offset,
      }),
    );
  }

  async get(user: AuthenticatedUser, id: string): Promise<Order> {
    assertUuid(id, 'Order id');
    const [order] = await this.findVisible(user, [id]);
    if (!order) throw OrderException.notFound(id);
    return order;
  }

  /** The orders among `ids` the user may see; for batched reference resolution. */
  async findVisible(user: AuthenticatedUser, ids: readonly string[]): Promise<Order[]> {
    const valid = ids.filter((id) => isUUID(id));
    if (valid.length === 0) return [];
    const manager = this.dataSource.manager;
    const where = this.visibleWhere(await this.access.scopeOf(manager, user), { id: In(valid) });
    if (where.length === 0) return [];
    return sortLines(await manager.find(Order, { where, relations: { lines: true } }));
  }

  /** An order inside a transaction that is about to change it; NOT_FOUND when invisible. */
  async loadForChange(manager: EntityManager, user: AuthenticatedUser, id: string): Promise<Order> {
    assertUuid(id, 'Order id');
    const where = this.visibleWhere(await this.access.scopeOf(manager, user), { id });
    const order = where.length
      ? await manager.findOne(Order, { where, relations: { lines: true } })
      : null;
    if (!order) throw OrderException.notFound(id);
    return sortLines([order])[0];
  }

  /** The events emitted about one order, oldest first. */
  async history(orderId: string): Promise<AuditEntry[]> {
    const records = await auditHistory(this.dataSource.manager, 'Order', orderId);
    return records.map((r) => ({ ...r, data: r.data as Record<string, unknown> }));
  }

  visibleWhere(scope: SalesScope, filter: FindOptionsWhere<Order>): FindOptionsWhere<Order>[] {
    return scopedWhere<Order>(scope, filter, {
      account: 'accountId',
      sellers: ['creditedTo', 'placedBy'],
    });
  }
}

export function sortLines(orders: Order[]): Order[] {
  for (const order of orders) order.lines?.sort((a, b) => a.lineNumber - b.lineNumber);
  return orders;
}

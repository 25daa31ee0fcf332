import {
  assertUuid,
  listPage,
  loadMany,
  onlyUuids,
  updateIfVersion,
  type CommandContext,
  type Listed,
  type ListRequest,
} from '@salesgraph/service-kit';
import { Brackets, In, type DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import type { SalesAccess } from '../access/sales-access';
import type { SalesScope } from '../access/sales-scope';
import { pagesPerParent } from '../paging/page-per-parent';
import type { OrderFilter } from './dto/order-filter.input';
import type { OrderStatus } from './order-status';
import { Order } from './order.entity';
import { OrderException } from './order.exception';
import { orderListing, type OrderSortField } from './order-listing';

/**
 * Reads orders, always through the caller's access scope; invisible orders do
 * not exist. A change loads its order at the version its caller saw and
 * claims it there (the optimistic lock): someone else's move in between is a
 * CONFLICT.
 */
export class OrderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SalesAccess,
  ) {}

  /** A page of the orders the caller may see, filtered, searched and sorted, with how many match. */
  async page(
    command: CommandContext,
    filter: OrderFilter & { creditedTo?: string },
    request: ListRequest<OrderSortField>,
    options?: { total: boolean },
  ): Promise<Listed<Order>> {
    const where = this.visibleWhere(await this.access.scopeOf(command), { ...filter });
    if (where.length === 0) return { total: 0, items: [] };
    const manager = this.dataSource.manager;
    const query = manager
      .createQueryBuilder(Order, 'o')
      .where(new Brackets((visible) => visible.where(where)));
    const { total, items } = await listPage(query, orderListing.spec, request, options);
    // The lines in a second statement: joined, they would make the page count lines, not orders.
    const withLines = items.length
      ? await manager.find(Order, {
          where: { id: In(items.map((o) => o.id)) },
          relations: { lines: true },
        })
      : [];
    const byId = new Map(withLines.map((order) => [order.id, order]));
    return { total, items: sortLines(items.map((order) => byId.get(order.id)!)) };
  }

  async list(
    command: CommandContext,
    filter: OrderFilter & { creditedTo?: string },
    page: { limit: number; offset: number },
  ): Promise<Order[]> {
    const request = { ...page, sortBy: 'CREATED_AT', direction: 'DESC' } as const;
    return (await this.page(command, filter, request, { total: false })).items;
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

  /** The order to change, as the caller may see it; CONFLICT when it is no longer at the version they saw. */
  async loadAtVersion(
    manager: EntityManager,
    command: CommandContext,
    id: string,
    expectedVersion: number,
  ): Promise<Order> {
    const order = await this.loadForChange(manager, command, id);
    if (order.version !== expectedVersion)
      throw OrderException.changedByOthers(order, expectedVersion);
    return order;
  }

  /**
   * Writes `changes` to the order only if it is still at the version the
   * caller saw (then it is at the next one); CONFLICT when someone else's
   * change committed first.
   */
  async claimAtVersion(
    manager: EntityManager,
    command: CommandContext,
    order: Order,
    expectedVersion: number,
    changes: Partial<Order>,
  ): Promise<void> {
    if (!(await updateIfVersion(manager, Order, order.id, expectedVersion, changes)))
      throw OrderException.changedByOthers(
        await this.loadForChange(manager, command, order.id),
        expectedVersion,
      );
    Object.assign(order, changes, { version: expectedVersion + 1 });
  }

  /**
   * A page of the visible orders of one account, contract or seller (the
   * orders credited to them), newest first, through the command's loader: the
   * pages of every parent one request shows cost two statements together.
   */
  pageOf(
    command: CommandContext,
    parent: 'accountId' | 'contractId' | 'creditedTo',
    parentId: string,
    status: OrderStatus | undefined,
    page: { limit: number; offset: number },
  ): Promise<Order[]> {
    const name = `orders-of:${parent}:${status ?? '*'}:${page.limit}:${page.offset}`;
    return loadMany(command, name, parentId, (parentIds) =>
      this.pagesOf(command, parent, parentIds, status, page),
    );
  }

  private async pagesOf(
    command: CommandContext,
    parent: 'accountId' | 'contractId' | 'creditedTo',
    parentIds: readonly string[],
    status: OrderStatus | undefined,
    page: { limit: number; offset: number },
  ): Promise<Order[][]> {
    // Account and contract ids may come from `_entities` keys: anything but a uuid is none of ours.
    const ids = parent === 'creditedTo' ? [...parentIds] : onlyUuids(parentIds);
    const scope = await this.access.scopeOf(command);
    const where = ids.length ? this.visibleWhere(scope, { [parent]: In(ids), status }) : [];
    if (where.length === 0) return parentIds.map(() => []);
    const pages = await pagesPerParent(this.dataSource.manager, Order, parentIds, {
      where,
      parent,
      orderBy: [
        ['createdAt', 'DESC'],
        ['id', 'ASC'],
      ],
      page,
      relations: { lines: true },
    });
    return pages.map(sortLines);
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

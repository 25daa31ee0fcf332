import { OrderDrafted } from '@salesgraph/events';
import { hasRole } from '@salesgraph/identity';
import type { Outbox } from '@salesgraph/messaging';
import type { DataSource, EntityManager } from 'typeorm';
import type { Acting } from '../../shared/acting';
import type { Clock } from '../../shared/clock';
import { updateIfVersion } from '../../shared/optimistic-lock';
import type { SalesAccess } from '../access/sales-access';
import type { ContractService } from '../contract/contract.service';
import type { CreateCallOffInput } from './dto/create-call-off.input';
import type { CreateOrderInput } from './dto/create-order.input';
import type { UpdateDraftOrderInput } from './dto/update-draft-order.input';
import type { LineRequest, OrderLineBuilder } from './order-line-builder';
import type { NewDraft, OrderDraftWriter } from './order-draft-writer';
import { OrderLine } from './order-line.entity';
import { totalsOf } from './order-pricing';
import { orderSnapshotOf } from './order-snapshot';
import { OrderKind, OrderStatus } from './order-status';
import { Order } from './order.entity';
import { OrderException } from './order.exception';
import type { OrderService } from './order.service';

/** Creates and edits DRAFT orders: ad hoc, call-offs, and drafts for won opportunities. */
export class OrderDraftingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly access: SalesAccess,
    private readonly orders: OrderService,
    private readonly contracts: ContractService,
    private readonly lines: OrderLineBuilder,
    private readonly writer: OrderDraftWriter,
    private readonly clock: Clock,
  ) {}

  /** An ad hoc draft; a seller may order only for an account they own, an admin for any. */
  async createAdHoc(acting: Acting, input: CreateOrderInput, id?: string): Promise<Order> {
    return this.dataSource.transaction(async (manager) => {
      const owner = await this.access.ownerFor(manager, input.accountId);
      if (!owner) throw OrderException.accountUnknown(input.accountId);
      if (!hasRole(acting.user, 'ADMIN') && owner.ownerId !== acting.user.id)
        throw OrderException.notYourAccount(input.accountId);
      const draft = { ...input, id, kind: OrderKind.AD_HOC, placedBy: acting.user.id };
      return this.writer.insert(manager, { ...draft, creditedTo: owner.ownerId }, acting.event, {
        origin: 'USER',
        build: (orderId) => this.lines.adHoc(manager, orderId, input.lines),
      });
    });
  }

  /** A call-off draft at contract prices; it draws down the contract when placed. */
  async createCallOff(acting: Acting, input: CreateCallOffInput, id?: string): Promise<Order> {
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.contracts.loadActiveForCallOff(
        manager,
        acting.user,
        input.contractId,
      );
      const draft: NewDraft = {
        ...input,
        id,
        accountId: contract.accountId,
        kind: OrderKind.CALL_OFF,
        contractId: contract.id,
        placedBy: acting.user.id,
        creditedTo: contract.ownerId,
      };
      return this.writer.insert(manager, draft, acting.event, {
        origin: 'USER',
        build: (orderId) => this.lines.callOff(manager, orderId, contract, input.lines),
      });
    });
  }

  /** Replaces a draft's lines and/or contact; only drafts change, and only at the version seen. */
  async updateDraft(acting: Acting, input: UpdateDraftOrderInput): Promise<Order> {
    return this.dataSource.transaction(async (manager) => {
      const order = await this.orders.loadForChange(manager, acting.user, input.orderId);
      if (order.version !== input.expectedVersion)
        throw OrderException.changedByOthers(order, input.expectedVersion);
      if (order.status !== OrderStatus.DRAFT) throw OrderException.notADraft(order);
      if (input.lines) order.lines = await this.linesFor(manager, acting, order, input.lines);
      const now = this.clock();
      const changes = {
        ...totalsOf(order.lines),
        ...(input.purchasingContactName !== undefined
          ? { purchasingContactName: input.purchasingContactName }
          : {}),
        ...(input.purchasingContactId !== undefined
          ? { purchasingContactId: input.purchasingContactId }
          : {}),
        updatedAt: now,
      };
      if (!(await updateIfVersion(manager, Order, order.id, input.expectedVersion, changes)))
        throw OrderException.changedByOthers(
          await this.orders.loadForChange(manager, acting.user, order.id),
          input.expectedVersion,
        );
      if (input.lines) {
        await manager.delete(OrderLine, { orderId: order.id });
        if (order.lines.length) await manager.insert(OrderLine, order.lines);
      }
      Object.assign(order, changes, { version: input.expectedVersion + 1 });
      await this.outbox.append(
        manager,
        OrderDrafted,
        {
          order: orderSnapshotOf(order),
          change: 'REVISED',
          origin: 'USER',
          draftedAt: now.toISOString(),
        },
        acting.event,
      );
      return order;
    });
  }

  private async linesFor(
    manager: EntityManager,
    acting: Acting,
    order: Order,
    requests: readonly LineRequest[],
  ): Promise<OrderLine[]> {
    if (order.kind === OrderKind.AD_HOC) return this.lines.adHoc(manager, order.id, requests);
    const contract = await this.contracts.loadActiveForCallOff(
      manager,
      acting.user,
      order.contractId!,
    );
    return this.lines.callOff(manager, order.id, contract, requests);
  }
}

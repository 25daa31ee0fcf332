import { OrderDrafted } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  eventContextOf,
  inTransaction,
  isoDateOf,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { SalesAccess } from '../access/sales-access';
import type { ContractService } from '../contract/contract.service';
import type { CreateCallOffInput } from './dto/create-call-off.input';
import type { CreateOrderInput } from './dto/create-order.input';
import type { UpdateDraftOrderInput } from './dto/update-draft-order.input';
import type { LineRequest, OrderLineBuilder } from './order-line-builder';
import type { NewDraft, OrderDraftWriter } from './order-draft-writer';
import { orderLifecycle } from './order-lifecycle';
import { OrderLine } from './order-line.entity';
import { orderTotalsOf } from './order-pricing';
import { orderSnapshotOf } from './order-snapshot';
import { OrderKind, OrderStatus } from './order-status';
import { Order } from './order.entity';
import { OrderException } from './order.exception';
import type { OrderService } from './order.service';

/** Creates and edits DRAFT orders: ad hoc and call-offs (won opportunities: OpportunityDraftingService). */
export class OrderDraftingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly access: SalesAccess,
    private readonly orders: OrderService,
    private readonly contracts: ContractService,
    private readonly lines: OrderLineBuilder,
    private readonly writer: OrderDraftWriter,
  ) {}

  /**
   * An ad hoc draft, credited to the account's owner. A seller orders only
   * for accounts whose records they may change (their own; an admin any).
   */
  async createAdHoc(command: CommandContext, input: CreateOrderInput, id?: string): Promise<Order> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const ownerId = await this.access.ownerYouMayChange(
        command,
        manager,
        input.accountId,
        OrderException.notYourAccount,
      );
      const currency = input.currency ?? this.writer.currency;
      const draft = {
        ...input,
        id,
        currency,
        kind: OrderKind.AD_HOC,
        placedBy: command.user.id,
      };
      return this.writer.insert(
        manager,
        command,
        { ...draft, creditedTo: ownerId },
        {
          origin: 'USER',
          build: (orderId) =>
            this.lines.adHoc(
              manager,
              orderId,
              input.lines,
              {
                accountId: input.accountId,
                currency,
                on: isoDateOf(command.clock.now()),
              },
              { currency, on: isoDateOf(command.clock.now()) },
            ),
        },
      );
    });
  }

  /** A call-off draft at contract prices; it draws down the contract when placed. */
  async createCallOff(
    command: CommandContext,
    input: CreateCallOffInput,
    id?: string,
  ): Promise<Order> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const contract = await this.contracts.loadActiveForCallOff(
        manager,
        command,
        input.contractId,
      );
      const draft: NewDraft = {
        ...input,
        id,
        accountId: contract.accountId,
        kind: OrderKind.CALL_OFF,
        contractId: contract.id,
        // A call-off is in its contract's currency, at the contract's prices.
        currency: contract.currency,
        placedBy: command.user.id,
        creditedTo: contract.ownerId,
      };
      return this.writer.insert(manager, command, draft, {
        origin: 'USER',
        build: (orderId) =>
          this.lines.callOff(
            manager,
            orderId,
            contract,
            input.lines,
            isoDateOf(command.clock.now()),
          ),
      });
    });
  }

  /** Replaces a draft's lines and/or contact; only drafts change, and only at the version seen. */
  async updateDraft(command: CommandContext, input: UpdateDraftOrderInput): Promise<Order> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const order = await this.orders.loadAtVersion(
        manager,
        command,
        input.orderId,
        input.expectedVersion,
      );
      if (!orderLifecycle.can(order.status, OrderStatus.DRAFT))
        throw OrderException.notADraft(order);
      if (input.lines) order.lines = await this.linesFor(manager, command, order, input.lines);
      const now = command.clock.now();
      const changes = {
        ...orderTotalsOf(order.lines, order.currency),
        ...(input.purchasingContactName !== undefined
          ? { purchasingContactName: input.purchasingContactName }
          : {}),
        ...(input.purchasingContactId !== undefined
          ? { purchasingContactId: input.purchasingContactId }
          : {}),
        updatedAt: now,
      };
      await this.orders.claimAtVersion(manager, command, order, input.expectedVersion, changes);
      if (input.lines) {
        await manager.delete(OrderLine, { orderId: order.id });
        if (order.lines.length) await manager.insert(OrderLine, order.lines);
      }
      await this.outbox.append(
        manager,
        OrderDrafted,
        {
          order: orderSnapshotOf(order),
          change: 'REVISED',
          origin: 'USER',
          draftedAt: now.toISOString(),
        },
        eventContextOf(command),
      );
      return order;
    });
  }

  private async linesFor(
    manager: EntityManager,
    command: CommandContext,
    order: Order,
    requests: readonly LineRequest[],
  ): Promise<OrderLine[]> {
    const on = isoDateOf(command.clock.now());
    if (order.kind === OrderKind.AD_HOC)
      return this.lines.adHoc(
        manager,
        order.id,
        requests,
        { accountId: order.accountId, currency: order.currency, on },
        { currency: order.currency, on },
      );
    const contract = await this.contracts.loadActiveForCallOff(manager, command, order.contractId!);
    return this.lines.callOff(manager, order.id, contract, requests, on);
  }
}

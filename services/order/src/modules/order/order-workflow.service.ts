import {
  OrderCancelled,
  OrderConfirmed,
  OrderFulfilled,
  OrderInvoiced,
  OrderPlaced,
} from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  eventContextOf,
  inTransaction,
  isoDateOf,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { ContractDrawdown } from '../contract/contract-drawdown';
import { assertMayCancel } from './order-cancellation.rule';
import { assertOrderMove, drawsDownContract } from './order-lifecycle';
import { orderSnapshotOf } from './order-snapshot';
import { OrderKind, type OrderStatus } from './order-status';
import { orderMoves, type OrderMove } from './order-transitions';
import { Order } from './order.entity';
import { OrderException } from './order.exception';
import type { OrderService } from './order.service';

/** The price guard's approval step, as placing an order needs it. */
export interface PriceClearance {
  clearOrder(manager: EntityManager, order: Order, day: string): Promise<void>;
}

const timestampOf: Record<OrderMove, keyof Order> = {
  place: 'placedAt',
  confirm: 'confirmedAt',
  fulfil: 'fulfilledAt',
  invoice: 'invoicedAt',
  cancel: 'cancelledAt',
};

/**
 * Order administration: moves an order through its states. Each move checks
 * the version the caller saw and the lifecycle, then claims the order with a
 * conditional UPDATE (the optimistic lock), then does the move's work
 * (drawing down or releasing a contract) and writes its event, all in one
 * transaction.
 */
export class OrderWorkflowService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly orders: OrderService,
    private readonly drawdown: ContractDrawdown,
    private readonly prices: PriceClearance,
  ) {}

  move(
    command: CommandContext,
    move: OrderMove,
    orderId: string,
    expectedVersion: number,
    reason?: string,
  ): Promise<Order> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const order = await this.orders.loadAtVersion(manager, command, orderId, expectedVersion);
      const to = orderMoves[move].to;
      assertOrderMove(order, to);
      if (move === 'cancel') assertMayCancel(command.user, order);
      if (move === 'place' && order.lines.length === 0)
        throw OrderException.emptyOrder(order.orderNumber);
      // Prices below cost or discounts over the threshold wait for the seller's manager.
      if (move === 'place')
        await this.prices.clearOrder(manager, order, isoDateOf(command.clock.now()));

      await this.apply(manager, command, order, move, expectedVersion, reason);
      return order;
    });
  }

  /**
   * Places the order an accepted quote became, in the acceptance's
   * transaction. The price guard is not asked again: the prices are the
   * quote's, which it cleared (or its approval covered) when the quote was
   * sent, and acceptance checks that clearance still holds.
   */
  async placeFromQuote(
    manager: EntityManager,
    command: CommandContext,
    order: Order,
  ): Promise<void> {
    assertOrderMove(order, orderMoves.place.to);
    if (order.lines.length === 0) throw OrderException.emptyOrder(order.orderNumber);
    await this.apply(manager, command, order, 'place', order.version);
  }

  private async apply(
    manager: EntityManager,
    command: CommandContext,
    order: Order,
    move: OrderMove,
    expectedVersion: number,
    reason?: string,
  ): Promise<void> {
    const to = orderMoves[move].to;
    const previousStatus = order.status;
    const now = command.clock.now();
    const changes: Partial<Order> = {
      status: to,
      statusChangedAt: now,
      updatedAt: now,
      [timestampOf[move]]: now,
      ...(move === 'cancel' ? { cancellationReason: reason } : {}),
    };
    await this.orders.claimAtVersion(manager, command, order, expectedVersion, changes);
    await this.adjustContract(manager, order, move, previousStatus, now);
    await this.publish(manager, command, order, move, previousStatus, now);
  }

  private async adjustContract(
    manager: EntityManager,
    order: Order,
    move: OrderMove,
    previousStatus: OrderStatus,
    now: Date,
  ): Promise<void> {
    if (order.kind !== OrderKind.CALL_OFF) return;
    if (move === 'place') {
      order.contractOverrun = await this.drawdown.draw(manager, order, now);
      // Plain SQL: part of the move just claimed, so neither the version nor updated_at moves again
      // (TypeORM's update() would bump both for a TrackedEntity).
      if (order.contractOverrun)
        await manager.query('UPDATE sales_order SET contract_overrun = true WHERE id = $1', [
          order.id,
        ]);
    } else if (move === 'cancel' && drawsDownContract(previousStatus)) {
      await this.drawdown.release(manager, order);
    }
  }

  private async publish(
    manager: EntityManager,
    command: CommandContext,
    order: Order,
    move: OrderMove,
    previousStatus: OrderStatus,
    now: Date,
  ): Promise<void> {
    const snapshot = orderSnapshotOf(order);
    const at = now.toISOString();
    const context = eventContextOf(command);
    const append = this.outbox.append.bind(this.outbox, manager);
    if (move === 'place') await append(OrderPlaced, { order: snapshot, placedAt: at }, context);
    if (move === 'confirm')
      await append(OrderConfirmed, { order: snapshot, confirmedAt: at }, context);
    if (move === 'fulfil')
      await append(OrderFulfilled, { order: snapshot, fulfilledAt: at }, context);
    if (move === 'invoice')
      await append(OrderInvoiced, { order: snapshot, invoicedAt: at }, context);
    if (move === 'cancel')
      await append(
        OrderCancelled,
        {
          order: snapshot,
          reason: order.cancellationReason!,
          previousStatus: previousStatus as 'DRAFT' | 'PLACED' | 'CONFIRMED',
          cancelledAt: at,
        },
        context,
      );
  }
}

import {
  OrderCancelled,
  OrderConfirmed,
  OrderFulfilled,
  OrderInvoiced,
  OrderPlaced,
} from '@salesgraph/events';
import { hasRole } from '@salesgraph/identity';
import type { Outbox } from '@salesgraph/messaging';
import { ForbiddenError } from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { Acting } from '../../shared/acting';
import type { Clock } from '../../shared/clock';
import { updateIfVersion } from '../../shared/optimistic-lock';
import type { ContractDrawdown } from '../contract/contract-drawdown';
import { orderSnapshotOf } from './order-snapshot';
import { drawingStatuses, OrderKind, OrderStatus } from './order-status';
import { checkMove, orderMoves, type OrderMove } from './order-transitions';
import { Order } from './order.entity';
import { OrderException } from './order.exception';
import type { OrderService } from './order.service';

const timestampOf: Record<OrderMove, keyof Order> = {
  place: 'placedAt',
  confirm: 'confirmedAt',
  fulfil: 'fulfilledAt',
  invoice: 'invoicedAt',
  cancel: 'cancelledAt',
};

/**
 * Order administration: moves an order through its states. Each move checks
 * the version the caller saw and the state machine, then claims the order
 * with a conditional UPDATE (the optimistic lock), then does the move's
 * work (drawing down or releasing a contract) and writes its event, all in
 * one transaction.
 */
export class OrderWorkflowService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly orders: OrderService,
    private readonly drawdown: ContractDrawdown,
    private readonly clock: Clock,
  ) {}

  move(
    acting: Acting,
    move: OrderMove,
    orderId: string,
    expectedVersion: number,
    reason?: string,
  ): Promise<Order> {
    return this.dataSource.transaction(async (manager) => {
      const order = await this.orders.loadForChange(manager, acting.user, orderId);
      if (order.version !== expectedVersion)
        throw OrderException.changedByOthers(order, expectedVersion);
      const to = orderMoves[move].to;
      const check = checkMove(order.status, move);
      if (!check.ok) throw OrderException.illegalMove(order, to, check.hint);
      if (move === 'cancel') this.assertMayCancel(acting, order);
      if (move === 'place' && order.lines.length === 0)
        throw OrderException.emptyOrder(order.orderNumber);

      const previousStatus = order.status;
      const now = this.clock();
      const changes: Partial<Order> = {
        status: to,
        statusChangedAt: now,
        updatedAt: now,
        [timestampOf[move]]: now,
        ...(move === 'cancel' ? { cancellationReason: reason } : {}),
      };
      if (!(await updateIfVersion(manager, Order, order.id, expectedVersion, changes)))
        throw OrderException.changedByOthers(
          await this.orders.loadForChange(manager, acting.user, order.id),
          expectedVersion,
        );
      Object.assign(order, changes, { version: expectedVersion + 1 });
      await this.adjustContract(manager, order, move, previousStatus, now);
      await this.publish(manager, acting, order, move, previousStatus, now);
      return order;
    });
  }

  /** Sellers may withdraw what order administration has not confirmed yet; after that only coordinators cancel. */
  private assertMayCancel(acting: Acting, order: Order): void {
    if (hasRole(acting.user, 'SALES_COORDINATOR')) return;
    if (order.status === OrderStatus.CONFIRMED)
      throw new ForbiddenError(
        `Order ${order.orderNumber} is already confirmed: only order administration can cancel it now.`,
      );
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
      if (order.contractOverrun)
        await manager.update(Order, { id: order.id }, { contractOverrun: true });
    } else if (move === 'cancel' && drawingStatuses.includes(previousStatus)) {
      await this.drawdown.release(manager, order);
    }
  }

  private async publish(
    manager: EntityManager,
    acting: Acting,
    order: Order,
    move: OrderMove,
    previousStatus: OrderStatus,
    now: Date,
  ): Promise<void> {
    const snapshot = orderSnapshotOf(order);
    const at = now.toISOString();
    const append = this.outbox.append.bind(this.outbox, manager);
    if (move === 'place')
      await append(OrderPlaced, { order: snapshot, placedAt: at }, acting.event);
    if (move === 'confirm')
      await append(OrderConfirmed, { order: snapshot, confirmedAt: at }, acting.event);
    if (move === 'fulfil')
      await append(OrderFulfilled, { order: snapshot, fulfilledAt: at }, acting.event);
    if (move === 'invoice')
      await append(OrderInvoiced, { order: snapshot, invoicedAt: at }, acting.event);
    if (move === 'cancel')
      await append(
        OrderCancelled,
        {
          order: snapshot,
          reason: order.cancellationReason!,
          previousStatus: previousStatus as 'DRAFT' | 'PLACED' | 'CONFIRMED',
          cancelledAt: at,
        },
        acting.event,
      );
  }
}

import { DomainError } from '@salesgraph/service-kit';
import type { OrderStatus } from './order-status';

/**
 * Refusals of the order module: a stable code to branch on and a message for
 * the person who asked. Built through the named constructors below.
 */
export class OrderException extends DomainError {
  static notFound(id: string): OrderException {
    return new OrderException('NOT_FOUND', `Order ${id} was not found, or you may not see it.`, {
      entity: 'Order',
      id,
    });
  }

  /** Optimistic locking: the order moved on since the caller read it. */
  static changedByOthers(
    order: { orderNumber: string; version: number; status: OrderStatus },
    expectedVersion: number,
  ): OrderException {
    return new OrderException(
      'CONFLICT',
      `Someone else changed order ${order.orderNumber} first: you saw version ${expectedVersion}, ` +
        `it is now at version ${order.version} (${order.status}). Reload it and decide again.`,
      { currentVersion: order.version, currentStatus: order.status, expectedVersion },
    );
  }

  static notADraft(order: { orderNumber: string; status: OrderStatus }): OrderException {
    return new OrderException(
      'INVALID_TRANSITION',
      `Order ${order.orderNumber} is ${order.status}: only a DRAFT can be changed.`,
      { from: order.status },
    );
  }

  static emptyOrder(orderNumber: string): OrderException {
    return new OrderException(
      'BAD_USER_INPUT',
      `Order ${orderNumber} has no lines: add at least one line before placing it.`,
    );
  }

  static accountUnknown(accountId: string): OrderException {
    return new OrderException(
      'ACCOUNT_UNKNOWN',
      `Account ${accountId} is not known to the order service (yet). It learns accounts from the ` +
        'account service; if the account was created just now, try again in a moment.',
      { accountId },
    );
  }

  static notYourAccount(accountId: string): OrderException {
    return new OrderException(
      'FORBIDDEN',
      `You may only order for accounts you own; account ${accountId} is not yours.`,
      { accountId },
    );
  }

  static productNotOrderable(productId: string, reason: 'unknown' | 'inactive'): OrderException {
    return new OrderException(
      reason === 'unknown' ? 'NOT_FOUND' : 'PRODUCT_INACTIVE',
      reason === 'unknown'
        ? `Product ${productId} is not in the catalogue.`
        : `Product ${productId} is no longer sold (inactive in the catalogue).`,
      { productId },
    );
  }

  private constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }
}

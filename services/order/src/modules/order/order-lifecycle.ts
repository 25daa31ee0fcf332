import { defineLifecycle, InvalidTransitionError } from '@salesgraph/service-kit';
import { OrderStatus } from './order-status';

const { DRAFT, PLACED, CONFIRMED, FULFILLED, INVOICED, CANCELLED } = OrderStatus;

/** What to tell someone who tries a move the order's current status does not allow. */
const hints: Record<OrderStatus, string> = {
  [DRAFT]: 'A draft must be placed first.',
  [PLACED]: 'A placed order must be confirmed first.',
  [CONFIRMED]: 'A confirmed order must be fulfilled first.',
  [FULFILLED]: 'A fulfilled order can only be invoiced; it can no longer be cancelled.',
  [INVOICED]: 'An invoiced order is final.',
  [CANCELLED]: 'A cancelled order is final.',
};

export function orderHint(from: OrderStatus): string {
  return hints[from];
}

/**
 * The order-administration state machine, as a table. DRAFT -> DRAFT is a
 * draft being revised (its lines, its contact): only a draft changes.
 */
export const orderLifecycle = defineLifecycle<OrderStatus>({
  entity: 'Order',
  transitions: {
    [DRAFT]: [DRAFT, PLACED, CANCELLED],
    [PLACED]: [CONFIRMED, CANCELLED],
    [CONFIRMED]: [FULFILLED, CANCELLED],
    [FULFILLED]: [INVOICED],
    [INVOICED]: [],
    [CANCELLED]: [],
  },
  hint: (from) => hints[from],
});

/**
 * INVALID_TRANSITION unless the lifecycle allows the move. The message names
 * the order ("Order SO-000042 cannot go from DRAFT to CONFIRMED. A draft must
 * be placed first."), which the lifecycle's own `assert` cannot: it knows the
 * kind of entity only.
 */
export function assertOrderMove(
  order: { orderNumber: string; status: OrderStatus },
  to: OrderStatus,
): void {
  if (!orderLifecycle.can(order.status, to))
    throw new InvalidTransitionError(
      `Order ${order.orderNumber}`,
      order.status,
      to,
      orderHint(order.status),
    );
}

/** Whether a call-off in this status has drawn down its contract: once placed, until cancelled. */
export function drawsDownContract(status: OrderStatus): boolean {
  return status !== DRAFT && status !== CANCELLED;
}

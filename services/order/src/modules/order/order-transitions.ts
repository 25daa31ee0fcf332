import { OrderStatus } from './order-status';
import { orderHint, orderLifecycle } from './order-lifecycle';

/**
 * The moves of order administration, as a table: the status each move leads
 * to. Which statuses a move may start from is the order lifecycle's table
 * (order-lifecycle.ts), so the two can never disagree.
 */
export const orderMoves = {
  place: { to: OrderStatus.PLACED },
  confirm: { to: OrderStatus.CONFIRMED },
  fulfil: { to: OrderStatus.FULFILLED },
  invoice: { to: OrderStatus.INVOICED },
  cancel: { to: OrderStatus.CANCELLED },
} as const;

export type OrderMove = keyof typeof orderMoves;

/** Whether `move` is legal from `status`; when it is not, the hint to give. */
export function checkMove(
  status: OrderStatus,
  move: OrderMove,
): { ok: true } | { ok: false; hint: string } {
  if (orderLifecycle.can(status, orderMoves[move].to)) return { ok: true };
  return { ok: false, hint: orderHint(status) };
}

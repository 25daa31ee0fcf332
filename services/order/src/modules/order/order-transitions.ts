import { OrderStatus } from './order-status';

/**
 * The order-administration state machine, as a table: which status each
 * move leads from, and what to tell someone who tries it from elsewhere.
 */
export const orderMoves = {
  place: { from: [OrderStatus.DRAFT], to: OrderStatus.PLACED },
  confirm: { from: [OrderStatus.PLACED], to: OrderStatus.CONFIRMED },
  fulfil: { from: [OrderStatus.CONFIRMED], to: OrderStatus.FULFILLED },
  invoice: { from: [OrderStatus.FULFILLED], to: OrderStatus.INVOICED },
  cancel: {
    from: [OrderStatus.DRAFT, OrderStatus.PLACED, OrderStatus.CONFIRMED],
    to: OrderStatus.CANCELLED,
  },
} as const;

export type OrderMove = keyof typeof orderMoves;

const hints: Partial<Record<OrderStatus, string>> = {
  [OrderStatus.DRAFT]: 'A draft must be placed first.',
  [OrderStatus.PLACED]: 'A placed order must be confirmed first.',
  [OrderStatus.CONFIRMED]: 'A confirmed order must be fulfilled first.',
  [OrderStatus.FULFILLED]: 'A fulfilled order can only be invoiced; it can no longer be cancelled.',
  [OrderStatus.INVOICED]: 'An invoiced order is final.',
  [OrderStatus.CANCELLED]: 'A cancelled order is final.',
};

/** Whether `move` is legal from `status`; when it is not, the hint to give. */
export function checkMove(
  status: OrderStatus,
  move: OrderMove,
): { ok: true } | { ok: false; hint: string } {
  const rule = orderMoves[move];
  if ((rule.from as readonly OrderStatus[]).includes(status)) return { ok: true };
  return { ok: false, hint: hints[status] ?? '' };
}

import {
  OrderCancelled,
  OrderConfirmed,
  OrderFulfilled,
  OrderInvoiced,
  OrderPlaced,
  type Envelope,
  type OrderSnapshot,
} from '@salesgraph/events';
import { on, type EventHandlerRegistration, type HandlerContext } from '@salesgraph/messaging';
import type { HealthService } from '../../health/health.service';
import type { OrderProjection } from '../order-projection.service';

/**
 * Every order event carries the whole order: the projection keeps the newest
 * snapshot, and the health of each account whose figures changed is assessed
 * again in the same transaction (so AccountAtRisk goes out with the change).
 */
export function commercialsOnOrderChanged(
  projection: OrderProjection,
  health: HealthService,
): EventHandlerRegistration[] {
  const apply = async (
    event: Envelope<string, { order: OrderSnapshot }>,
    { manager, eventContext }: HandlerContext,
  ) => {
    const changed = await projection.apply(manager, event.data.order, event.time);
    for (const accountId of changed) await health.recompute(manager, accountId, eventContext);
  };
  return [
    on(OrderPlaced, apply),
    on(OrderConfirmed, apply),
    on(OrderFulfilled, apply),
    on(OrderInvoiced, apply),
    on(OrderCancelled, apply),
  ];
}

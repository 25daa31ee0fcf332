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
import { eventCommand, type Clock } from '@salesgraph/service-kit';
import { serviceName } from '../../../service-name';
import type { OrderProjection } from '../order-projection.service';

/** Every order event carries the whole order: the projection keeps the newest snapshot. */
export function commercialsOnOrderChanged(
  orders: OrderProjection,
  clock: Clock,
  mode: 'live' | 'replay' = 'live',
): EventHandlerRegistration[] {
  const apply = (event: Envelope<string, { order: OrderSnapshot }>, context: HandlerContext) =>
    (mode === 'live' ? orders.apply : orders.rebuild).call(
      orders,
      eventCommand(serviceName, context, clock),
      event.data.order,
      event.time,
    );
  return [
    on(OrderPlaced, apply),
    on(OrderConfirmed, apply),
    on(OrderFulfilled, apply),
    on(OrderInvoiced, apply),
    on(OrderCancelled, apply),
  ];
}

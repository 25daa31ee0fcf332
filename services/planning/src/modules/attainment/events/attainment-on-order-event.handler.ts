import {
  OrderCancelled,
  OrderConfirmed,
  OrderFulfilled,
  OrderInvoiced,
  OrderPlaced,
  Topics,
} from '@salesgraph/events';
import { on } from '@salesgraph/messaging';
import type { SubscriberSpec } from '@salesgraph/service-kit';
import { OrderFactStore } from '../order-fact.store';

/**
 * Attainment follows every order event. Each carries the whole order with
 * the order service's booking decision (when it was booked and invoiced,
 * whether it counts as booked now), so every event is stored the same way:
 * the latest revision wins.
 */
export function attainmentSubscriber(store = new OrderFactStore()): SubscriberSpec {
  return {
    groupId: 'planning.attainment',
    topics: [Topics.order],
    handlers: [
      on(OrderPlaced, (event, { manager }) => store.apply(manager, event.data.order)),
      on(OrderConfirmed, (event, { manager }) => store.apply(manager, event.data.order)),
      on(OrderFulfilled, (event, { manager }) => store.apply(manager, event.data.order)),
      on(OrderInvoiced, (event, { manager }) => store.apply(manager, event.data.order)),
      on(OrderCancelled, (event, { manager }) => store.apply(manager, event.data.order)),
    ],
  };
}

import {
  OrderCancelled,
  OrderConfirmed,
  OrderFulfilled,
  OrderInvoiced,
  OrderPlaced,
  Topics,
  type EventDefinition,
  type OrderSnapshot,
} from '@salesgraph/events';
import { on } from '@salesgraph/messaging';
import type { SubscriberSpec } from '@salesgraph/service-kit';
import type { z } from 'zod';
import { OrderFactStore } from '../order-fact.store';

/**
 * Attainment follows every order event. Each carries the whole order with
 * the order service's booking decision (when it was booked and invoiced,
 * whether it counts as booked now), so every event is stored the same way:
 * the latest revision wins.
 */
export function attainmentSubscriber(store = new OrderFactStore()): SubscriberSpec {
  const storeOrder = <TType extends string, TSchema extends z.ZodType<{ order: OrderSnapshot }>>(
    orderEvent: EventDefinition<TType, TSchema>,
  ) => on(orderEvent, (event, { manager }) => store.apply(manager, event.data.order));
  return {
    groupId: 'planning.attainment',
    topics: [Topics.order],
    handlers: [
      storeOrder(OrderPlaced),
      storeOrder(OrderConfirmed),
      storeOrder(OrderFulfilled),
      storeOrder(OrderInvoiced),
      storeOrder(OrderCancelled),
    ],
  };
}

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
 * Attainment follows every order event. Booked means confirmed (or later):
 * the confirmation time dates it; fulfilment and invoicing imply it, so their
 * times stand in until the confirmation is seen. Invoiced is dated by the
 * invoice. A cancellation only changes the status, which removes the order
 * from booked figures.
 */
export function attainmentSubscriber(store = new OrderFactStore()): SubscriberSpec {
  return {
    groupId: 'planning.attainment',
    topics: [Topics.order],
    handlers: [
      on(OrderPlaced, (event, { manager }) => store.apply(manager, event.data.order, {})),
      on(OrderConfirmed, (event, { manager }) =>
        store.apply(manager, event.data.order, { bookedAt: event.data.confirmedAt }),
      ),
      on(OrderFulfilled, (event, { manager }) =>
        store.apply(manager, event.data.order, { bookedAt: event.data.fulfilledAt }),
      ),
      on(OrderInvoiced, (event, { manager }) =>
        store.apply(manager, event.data.order, {
          bookedAt: event.data.invoicedAt,
          invoicedAt: event.data.invoicedAt,
        }),
      ),
      on(OrderCancelled, (event, { manager }) => store.apply(manager, event.data.order, {})),
    ],
  };
}

import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime } from '../primitives';
import { Topics } from '../topics';
import { OrderSnapshot } from './order-snapshot';

export const OrderFulfilledData = z.object({
  order: OrderSnapshot,
  fulfilledAt: IsoDateTime,
});
export type OrderFulfilledData = z.infer<typeof OrderFulfilledData>;

export const OrderFulfilled = defineEvent({
  type: 'order.OrderFulfilled.v1',
  name: 'OrderFulfilled',
  version: 1,
  producer: 'order',
  topic: Topics.order,
  aggregateType: 'Order',
  description: 'An order was delivered.',
  schema: OrderFulfilledData,
  subjectOf: (d) => d.order.orderId,
});

import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime } from '../primitives';
import { Topics } from '../topics';
import { OrderSnapshot } from './order-snapshot';

export const OrderConfirmedData = z.object({
  order: OrderSnapshot,
  confirmedAt: IsoDateTime,
});
export type OrderConfirmedData = z.infer<typeof OrderConfirmedData>;

export const OrderConfirmed = defineEvent({
  type: 'order.OrderConfirmed.v1',
  name: 'OrderConfirmed',
  version: 1,
  producer: 'order',
  topic: Topics.order,
  aggregateType: 'Order',
  description: 'Order administration confirmed an order: it is booked.',
  schema: OrderConfirmedData,
  subjectOf: (d) => d.order.orderId,
});

import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime } from '../primitives';
import { Topics } from '../topics';
import { OrderSnapshot } from './order-snapshot';

export const OrderPlacedData = z.object({
  order: OrderSnapshot,
  placedAt: IsoDateTime,
});
export type OrderPlacedData = z.infer<typeof OrderPlacedData>;

export const OrderPlaced = defineEvent({
  type: 'order.OrderPlaced.v1',
  name: 'OrderPlaced',
  version: 1,
  producer: 'order',
  topic: Topics.order,
  aggregateType: 'Order',
  description: 'An order was placed by a seller and waits for order administration.',
  schema: OrderPlacedData,
  subjectOf: (d) => d.order.orderId,
});

import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime } from '../primitives';
import { Topics } from '../topics';
import { OrderSnapshot } from './order-snapshot';

export const OrderCancelledData = z.object({
  order: OrderSnapshot,
  reason: z.string().min(1),
  previousStatus: z.enum(['DRAFT', 'PLACED', 'CONFIRMED']),
  cancelledAt: IsoDateTime,
});
export type OrderCancelledData = z.infer<typeof OrderCancelledData>;

export const OrderCancelled = defineEvent({
  type: 'order.OrderCancelled.v1',
  name: 'OrderCancelled',
  version: 1,
  producer: 'order',
  topic: Topics.order,
  aggregateType: 'Order',
  description: 'An order was cancelled before fulfilment, with the reason.',
  schema: OrderCancelledData,
  subjectOf: (d) => d.order.orderId,
});

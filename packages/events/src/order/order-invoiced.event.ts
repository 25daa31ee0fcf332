import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime } from '../primitives';
import { Topics } from '../topics';
import { OrderSnapshot } from './order-snapshot';

export const OrderInvoicedData = z.object({
  order: OrderSnapshot,
  invoicedAt: IsoDateTime,
});
export type OrderInvoicedData = z.infer<typeof OrderInvoicedData>;

export const OrderInvoiced = defineEvent({
  type: 'order.OrderInvoiced.v1',
  name: 'OrderInvoiced',
  version: 1,
  producer: 'order',
  topic: Topics.order,
  aggregateType: 'Order',
  description: 'An order was invoiced: its revenue is realised.',
  schema: OrderInvoicedData,
  subjectOf: (d) => d.order.orderId,
});

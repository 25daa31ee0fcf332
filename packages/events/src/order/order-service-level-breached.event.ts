import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

/**
 * An order waited in a status longer than its service level allows (see
 * @salesgraph/order-administration). Raised once per order and status entry.
 * `responsible` says who should act: the seller for a DRAFT (`creditedTo`),
 * order administration for the rest.
 */
export const OrderServiceLevelBreachedData = z.object({
  orderId: Uuid,
  orderNumber: z.string(),
  accountId: Uuid,
  status: z.enum(['DRAFT', 'PLACED', 'CONFIRMED', 'FULFILLED']),
  action: z.enum(['PLACE', 'CONFIRM', 'FULFIL', 'INVOICE']),
  serviceLevelBusinessDays: z.number().int().positive(),
  since: IsoDateTime,
  dueAt: IsoDateTime,
  responsible: z.enum(['SELLER', 'ORDER_ADMINISTRATION']),
  creditedTo: UserId,
  placedBy: UserId,
  detectedAt: IsoDateTime,
});
export type OrderServiceLevelBreachedData = z.infer<typeof OrderServiceLevelBreachedData>;

export const OrderServiceLevelBreached = defineEvent({
  type: 'order.OrderServiceLevelBreached.v1',
  name: 'OrderServiceLevelBreached',
  version: 1,
  producer: 'order',
  topic: Topics.order,
  aggregateType: 'Order',
  description:
    'An order is overdue in its status by the service level (once per order and status); who should act is in `responsible`.',
  schema: OrderServiceLevelBreachedData,
  subjectOf: (d) => d.orderId,
});

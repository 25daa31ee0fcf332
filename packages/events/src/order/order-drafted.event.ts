import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime } from '../primitives';
import { Topics } from '../topics';
import { OrderSnapshot } from './order-snapshot';

/**
 * A draft is the seller's work in progress: it is not yet business (nothing
 * to confirm, no attainment), but its creation and changes are recorded, e.g.
 * the draft the order service prepares for the rep of a won opportunity.
 */
export const OrderDraftedData = z.object({
  order: OrderSnapshot,
  change: z.enum(['CREATED', 'REVISED']),
  origin: z.enum(['USER', 'OPPORTUNITY_WON', 'QUOTE_ACCEPTED']),
  draftedAt: IsoDateTime,
});
export type OrderDraftedData = z.infer<typeof OrderDraftedData>;

export const OrderDrafted = defineEvent({
  type: 'order.OrderDrafted.v1',
  name: 'OrderDrafted',
  version: 1,
  producer: 'order',
  topic: Topics.order,
  aggregateType: 'Order',
  description:
    'A draft order was created (by a seller, or from a won opportunity) or its lines changed; carries the whole draft.',
  schema: OrderDraftedData,
  subjectOf: (d) => d.order.orderId,
});

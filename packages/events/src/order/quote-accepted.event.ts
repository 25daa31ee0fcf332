import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime, Uuid } from '../primitives';
import { Topics } from '../topics';
import { QuoteSnapshot } from './quote-snapshot';

/**
 * The customer accepted a version of a quote: the order service placed the
 * order it becomes (`orderId`). The lead service closes the quote's
 * opportunity as won with the quote's amount (totalNet, currency); the order
 * service drafts no second order for that win.
 */
export const QuoteAcceptedData = z.object({
  quote: QuoteSnapshot,
  orderId: Uuid,
  orderNumber: z.string(),
  acceptedAt: IsoDateTime,
});
export type QuoteAcceptedData = z.infer<typeof QuoteAcceptedData>;

export const QuoteAccepted = defineEvent({
  type: 'order.QuoteAccepted.v1',
  name: 'QuoteAccepted',
  version: 1,
  producer: 'order',
  topic: Topics.order,
  aggregateType: 'Quote',
  description:
    'The customer accepted a quote version; the order it became is placed. Closes the quote’s opportunity as won with its amount.',
  schema: QuoteAcceptedData,
  subjectOf: (d) => d.quote.quoteId,
});

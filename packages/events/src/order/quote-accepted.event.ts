import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime, Uuid } from '../primitives';
import { Topics } from '../topics';
import { QuoteSnapshot } from './quote-snapshot';

/**
 * The customer accepted a version of a quote: the order service placed the
 * order it becomes (`orderId`) or, for an account manager, made its lines the
 * commitments of a supply contract under negotiation (`contractId`): one of
 * the two. The lead service closes the quote's opportunity as won with the
 * quote's amount (totalNet, currency); the order service drafts no second
 * order for that win.
 */
export const QuoteAcceptedData = z
  .object({
    quote: QuoteSnapshot,
    orderId: Uuid.optional(),
    orderNumber: z.string().optional(),
    contractId: Uuid.optional(),
    contractNumber: z.string().optional(),
    acceptedAt: IsoDateTime,
  })
  .refine((d) => (d.orderId === undefined) !== (d.contractId === undefined), {
    message: 'an accepted quote becomes an order or a contract’s commitments: exactly one',
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
    'The customer accepted a quote version; the order it became is placed, or its lines are a supply contract’s commitments. Closes the quote’s opportunity as won with its amount.',
  schema: QuoteAcceptedData,
  subjectOf: (d) => d.quote.quoteId,
});

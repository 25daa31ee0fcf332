import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime } from '../primitives';
import { Topics } from '../topics';
import { QuoteSnapshot } from './quote-snapshot';

/**
 * A quote was drafted, revised (a new version), sent to the customer,
 * rejected by them or withdrawn by the seller. Acceptance has its own event
 * (QuoteAccepted): it is what other services act on.
 */
export const QuoteChangedData = z.object({
  quote: QuoteSnapshot,
  change: z.enum(['DRAFTED', 'REVISED', 'SENT', 'REJECTED', 'WITHDRAWN']),
  reason: z.string().max(2000).optional(),
  changedAt: IsoDateTime,
});
export type QuoteChangedData = z.infer<typeof QuoteChangedData>;

export const QuoteChanged = defineEvent({
  type: 'order.QuoteChanged.v1',
  name: 'QuoteChanged',
  version: 1,
  producer: 'order',
  topic: Topics.order,
  aggregateType: 'Quote',
  description:
    'A quote was drafted, revised (a new version), sent, rejected or withdrawn; carries the quote and its current version.',
  schema: QuoteChangedData,
  subjectOf: (d) => d.quote.quoteId,
});

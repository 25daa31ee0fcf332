import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Decimal, IsoDateTime, Uuid } from '../primitives';
import { Topics } from '../topics';
import { OpportunitySnapshot } from './opportunity-snapshot';

/** The order service may turn a won opportunity into a draft order for its owner. */
export const OpportunityWonData = OpportunitySnapshot.extend({
  lines: z
    .array(
      z.object({
        productId: Uuid,
        quantity: z.number().int().positive(),
        unitPrice: Decimal.optional(),
      }),
    )
    .describe('what the customer agreed to buy, when known'),
  wonAt: IsoDateTime,
  quoteId: Uuid.optional().describe(
    'won by the acceptance of this quote: its order exists already, no draft is wanted',
  ),
});
export type OpportunityWonData = z.infer<typeof OpportunityWonData>;

export const OpportunityWon = defineEvent({
  type: 'lead.OpportunityWon.v1',
  name: 'OpportunityWon',
  version: 1,
  producer: 'lead',
  topic: Topics.lead,
  aggregateType: 'Opportunity',
  description: 'An opportunity was won.',
  schema: OpportunityWonData,
  subjectOf: (d) => d.opportunityId,
});

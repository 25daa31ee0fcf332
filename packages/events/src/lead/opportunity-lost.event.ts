import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime } from '../primitives';
import { Topics } from '../topics';
import { OpportunitySnapshot } from './opportunity-snapshot';

export const OpportunityLostData = OpportunitySnapshot.extend({
  lostReason: z.string().min(1),
  lostAt: IsoDateTime,
});
export type OpportunityLostData = z.infer<typeof OpportunityLostData>;

export const OpportunityLost = defineEvent({
  type: 'lead.OpportunityLost.v1',
  name: 'OpportunityLost',
  version: 1,
  producer: 'lead',
  topic: Topics.lead,
  aggregateType: 'Opportunity',
  description: 'An opportunity was lost, with the reason.',
  schema: OpportunityLostData,
  subjectOf: (d) => d.opportunityId,
});

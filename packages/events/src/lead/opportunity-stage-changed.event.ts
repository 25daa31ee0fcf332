import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime, OpportunityStage } from '../primitives';
import { Topics } from '../topics';
import { OpportunitySnapshot } from './opportunity-snapshot';

export const OpportunityStageChangedData = OpportunitySnapshot.extend({
  previousStage: OpportunityStage.optional().describe(
    'absent when the opportunity was just opened',
  ),
  changedAt: IsoDateTime,
});
export type OpportunityStageChangedData = z.infer<typeof OpportunityStageChangedData>;

export const OpportunityStageChanged = defineEvent({
  type: 'lead.OpportunityStageChanged.v1',
  name: 'OpportunityStageChanged',
  version: 1,
  producer: 'lead',
  topic: Topics.lead,
  aggregateType: 'Opportunity',
  description:
    'An opportunity was opened or moved to another open stage, or its amount or probability changed.',
  schema: OpportunityStageChangedData,
  subjectOf: (d) => d.opportunityId,
});

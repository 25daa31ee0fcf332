import { z } from 'zod';
import { ActivityFields } from '../activity-fields';
import { defineEvent } from '../event-definition';
import { IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

export const OpportunityActivityLoggedData = z.object({
  opportunityId: Uuid,
  accountId: Uuid,
  ownerId: UserId,
  ...ActivityFields,
  outcome: z.string().min(1),
  nextFollowUpAt: IsoDateTime.optional().describe('the follow-up this activity planned'),
});
export type OpportunityActivityLoggedData = z.infer<typeof OpportunityActivityLoggedData>;

export const OpportunityActivityLogged = defineEvent({
  type: 'lead.OpportunityActivityLogged.v1',
  name: 'OpportunityActivityLogged',
  version: 1,
  producer: 'lead',
  topic: Topics.lead,
  aggregateType: 'Opportunity',
  description:
    'A call, e-mail or visit on an opportunity was logged (its notes stay in the lead service).',
  schema: OpportunityActivityLoggedData,
  subjectOf: (d) => d.opportunityId,
});

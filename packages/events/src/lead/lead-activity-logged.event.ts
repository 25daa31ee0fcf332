import { z } from 'zod';
import { ActivityFields } from '../activity-fields';
import { defineEvent } from '../event-definition';
import { IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

export const LeadActivityLoggedData = z.object({
  leadId: Uuid,
  ownerId: UserId.optional(),
  ...ActivityFields,
  outcome: z.string().min(1),
  nextFollowUpAt: IsoDateTime.optional().describe('the follow-up this activity planned'),
});
export type LeadActivityLoggedData = z.infer<typeof LeadActivityLoggedData>;

export const LeadActivityLogged = defineEvent({
  type: 'lead.LeadActivityLogged.v1',
  name: 'LeadActivityLogged',
  version: 1,
  producer: 'lead',
  topic: Topics.lead,
  aggregateType: 'Lead',
  description: 'A call, e-mail or visit on a lead was logged (its notes stay in the lead service).',
  schema: LeadActivityLoggedData,
  subjectOf: (d) => d.leadId,
});

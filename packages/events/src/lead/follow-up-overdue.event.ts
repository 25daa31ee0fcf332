import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { personal } from '../personal-data';
import { IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

/**
 * The follow-up a rep planned on an open lead has passed without a newer
 * activity. Raised once per planned follow-up (`dueAt`): planning a new one
 * and letting it pass raises it again.
 */
export const FollowUpOverdueData = z.object({
  leadId: Uuid,
  ownerId: UserId,
  company: z.string(),
  contactName: personal(z.string()),
  status: z.enum(['NEW', 'CONTACTED', 'QUALIFIED']),
  dueAt: IsoDateTime,
  detectedAt: IsoDateTime,
});
export type FollowUpOverdueData = z.infer<typeof FollowUpOverdueData>;

export const FollowUpOverdue = defineEvent({
  type: 'lead.FollowUpOverdue.v1',
  name: 'FollowUpOverdue',
  version: 1,
  producer: 'lead',
  topic: Topics.lead,
  aggregateType: 'Lead',
  description:
    'A planned follow-up on an open lead has passed: once per follow-up, for the lead’s owner (ownerId).',
  schema: FollowUpOverdueData,
  subjectOf: (d) => d.leadId,
});

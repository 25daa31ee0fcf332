import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

/**
 * The lead's next follow-up changed: planned by hand (`source` PLANNED), or
 * decided by an activity logged on it (`source` ACTIVITY, see
 * LeadActivityLogged). `nextFollowUpAt` absent: none is planned any more.
 */
export const LeadFollowUpPlannedData = z.object({
  leadId: Uuid,
  ownerId: UserId.optional(),
  nextFollowUpAt: IsoDateTime.optional(),
  previousFollowUpAt: IsoDateTime.optional(),
  source: z.enum(['PLANNED', 'ACTIVITY']),
  plannedBy: UserId,
  plannedAt: IsoDateTime,
});
export type LeadFollowUpPlannedData = z.infer<typeof LeadFollowUpPlannedData>;

export const LeadFollowUpPlanned = defineEvent({
  type: 'lead.LeadFollowUpPlanned.v1',
  name: 'LeadFollowUpPlanned',
  version: 1,
  producer: 'lead',
  topic: Topics.lead,
  aggregateType: 'Lead',
  description:
    'A lead’s next follow-up was planned, moved or cleared: by hand or by an activity logged on it.',
  schema: LeadFollowUpPlannedData,
  subjectOf: (d) => d.leadId,
});

import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { personal } from '../personal-data';
import { IsoDateTime, Segment, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

/**
 * Someone corrected a lead's contact details or segment. Like LeadCaptured it
 * names the person's e-mail and phone only in `changedFields`, never their
 * values: the topic is read well beyond the sales team.
 */
export const LeadUpdatedData = z.object({
  leadId: Uuid,
  ownerId: UserId.optional(),
  externalId: z.string().optional(),
  changedFields: z
    .array(z.string())
    .min(1)
    .describe('e.g. ["email", "segment"]: what changed, values of the others are as they are'),
  company: z.string(),
  companyDomain: z.string().optional(),
  contactName: personal(z.string()),
  country: z.string().optional(),
  region: z.string().optional(),
  segment: Segment.optional(),
  updatedBy: UserId,
  updatedAt: IsoDateTime,
});
export type LeadUpdatedData = z.infer<typeof LeadUpdatedData>;

export const LeadUpdated = defineEvent({
  type: 'lead.LeadUpdated.v1',
  name: 'LeadUpdated',
  version: 1,
  producer: 'lead',
  topic: Topics.lead,
  aggregateType: 'Lead',
  description: 'A lead’s contact details or segment were corrected.',
  schema: LeadUpdatedData,
  subjectOf: (d) => d.leadId,
});

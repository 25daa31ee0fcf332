import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

/**
 * The first step of qualification: the owner reached the contact. Carries
 * marketing's `externalId` so that marketing can follow its leads on this topic.
 */
export const LeadContactedData = z.object({
  leadId: Uuid,
  ownerId: UserId.optional(),
  externalId: z.string().optional(),
  contactedAt: IsoDateTime,
});
export type LeadContactedData = z.infer<typeof LeadContactedData>;

export const LeadContacted = defineEvent({
  type: 'lead.LeadContacted.v1',
  name: 'LeadContacted',
  version: 1,
  producer: 'lead',
  topic: Topics.lead,
  aggregateType: 'Lead',
  description: 'The owner of a lead reached its contact (NEW to CONTACTED).',
  schema: LeadContactedData,
  subjectOf: (d) => d.leadId,
});

import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

export const LeadDisqualifiedData = z.object({
  leadId: Uuid,
  ownerId: UserId.optional(),
  externalId: z.string().optional(),
  reason: z.string().min(1),
  disqualifiedAt: IsoDateTime,
});
export type LeadDisqualifiedData = z.infer<typeof LeadDisqualifiedData>;

export const LeadDisqualified = defineEvent({
  type: 'lead.LeadDisqualified.v1',
  name: 'LeadDisqualified',
  version: 1,
  producer: 'lead',
  topic: Topics.lead,
  aggregateType: 'Lead',
  description: 'A lead was disqualified, with the required reason.',
  schema: LeadDisqualifiedData,
  subjectOf: (d) => d.leadId,
});

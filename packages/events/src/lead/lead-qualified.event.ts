import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

export const LeadQualifiedData = z.object({
  leadId: Uuid,
  ownerId: UserId.optional(),
  externalId: z.string().optional(),
  qualifiedAt: IsoDateTime,
});
export type LeadQualifiedData = z.infer<typeof LeadQualifiedData>;

export const LeadQualified = defineEvent({
  type: 'lead.LeadQualified.v1',
  name: 'LeadQualified',
  version: 1,
  producer: 'lead',
  topic: Topics.lead,
  aggregateType: 'Lead',
  description: 'A lead was qualified by its owner.',
  schema: LeadQualifiedData,
  subjectOf: (d) => d.leadId,
});

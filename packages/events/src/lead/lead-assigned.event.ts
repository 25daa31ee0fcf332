import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

export const LeadAssignedData = z.object({
  leadId: Uuid,
  ownerId: UserId,
  previousOwnerId: UserId.optional(),
  teamId: Uuid.optional(),
  assignedBy: z.enum(['RULE', 'MANAGER', 'CREATOR']),
  ruleId: Uuid.optional(),
  reason: z.string(),
});
export type LeadAssignedData = z.infer<typeof LeadAssignedData>;

export const LeadAssigned = defineEvent({
  type: 'lead.LeadAssigned.v1',
  name: 'LeadAssigned',
  version: 1,
  producer: 'lead',
  topic: Topics.lead,
  aggregateType: 'Lead',
  description: 'A lead got an owner, by an assignment rule or by a manager.',
  schema: LeadAssignedData,
  subjectOf: (d) => d.leadId,
});

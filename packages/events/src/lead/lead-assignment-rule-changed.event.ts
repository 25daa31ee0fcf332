import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime, Segment, Uuid } from '../primitives';
import { Topics } from '../topics';

export const LeadAssignmentRuleChangedData = z.object({
  ruleId: Uuid,
  name: z.string(),
  teamId: Uuid,
  priority: z.number().int(),
  countries: z.array(z.string()),
  regions: z.array(z.string()),
  segments: z.array(Segment),
  maxOpenLeadsPerRep: z.number().int().positive().optional(),
  active: z.boolean(),
  change: z.enum(['CREATED', 'UPDATED', 'DELETED']),
  changedAt: IsoDateTime,
});
export type LeadAssignmentRuleChangedData = z.infer<typeof LeadAssignmentRuleChangedData>;

export const LeadAssignmentRuleChanged = defineEvent({
  type: 'lead.LeadAssignmentRuleChanged.v1',
  name: 'LeadAssignmentRuleChanged',
  version: 1,
  producer: 'lead',
  topic: Topics.lead,
  aggregateType: 'LeadAssignmentRule',
  description: 'A sales manager created, changed or deleted a lead assignment rule.',
  schema: LeadAssignmentRuleChangedData,
  subjectOf: (d) => d.ruleId,
});

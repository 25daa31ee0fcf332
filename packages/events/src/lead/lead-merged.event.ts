import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime, Uuid } from '../primitives';
import { Topics } from '../topics';

export const LeadMergedData = z.object({
  leadId: Uuid.describe('the lead that was kept'),
  matchedOn: z.enum(['EXTERNAL_ID', 'EMAIL', 'DOMAIN_AND_CONTACT']),
  duplicateExternalId: z.string().optional(),
  source: z.string(),
  campaign: z.string().optional(),
  mergedFields: z
    .array(z.string())
    .describe('fields of the kept lead filled in from the duplicate'),
  mergedAt: IsoDateTime,
});
export type LeadMergedData = z.infer<typeof LeadMergedData>;

export const LeadMerged = defineEvent({
  type: 'lead.LeadMerged.v1',
  name: 'LeadMerged',
  version: 1,
  producer: 'lead',
  topic: Topics.lead,
  aggregateType: 'Lead',
  description:
    'A lead arrived again and was merged into the existing one instead of creating another.',
  schema: LeadMergedData,
  subjectOf: (d) => d.leadId,
});

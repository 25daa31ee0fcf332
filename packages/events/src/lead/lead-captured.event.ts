import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { personal } from '../personal-data';
import { IsoDateTime, Segment, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

export const LeadCapturedData = z.object({
  leadId: Uuid,
  origin: z.enum(['MARKETING', 'REP']),
  externalId: z.string().optional(),
  source: z.string(),
  campaign: z.string().optional(),
  company: z.string(),
  companyDomain: z.string().optional(),
  contactName: personal(z.string()),
  country: z.string().optional(),
  region: z.string().optional(),
  segment: Segment.optional(),
  createdBy: UserId.optional(),
  /** The closed lead this one returned after (the quiet period had passed). */
  predecessorLeadId: Uuid.optional(),
  /** The existing account whose domain it matched: see AccountSignalDetected. */
  matchedAccountId: Uuid.optional(),
  capturedAt: IsoDateTime,
});
export type LeadCapturedData = z.infer<typeof LeadCapturedData>;

export const LeadCaptured = defineEvent({
  type: 'lead.LeadCaptured.v1',
  name: 'LeadCaptured',
  version: 1,
  producer: 'lead',
  topic: Topics.lead,
  aggregateType: 'Lead',
  description: 'A new lead entered the pipeline, from marketing or created by a rep.',
  schema: LeadCapturedData,
  subjectOf: (d) => d.leadId,
});

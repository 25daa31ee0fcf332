import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { personal } from '../personal-data';
import { IsoDateTime, Segment } from '../primitives';
import { Topics } from '../topics';

/**
 * Published by marketing automation when a campaign captures a sales lead.
 * This is the contract marketing builds against: any Kafka client may publish
 * it (see docs/EVENTS.md for a kcat example). `externalId` is marketing's own
 * id and is what makes a re-sent lead recognisable.
 */
export const MarketingLeadCapturedData = z.object({
  externalId: z.string().min(1).max(200),
  source: z.string().min(1).max(100).describe('channel, e.g. "webinar", "trade-show", "web-form"'),
  campaign: z.string().min(1).max(200).optional(),
  company: z.string().min(1).max(300),
  companyDomain: z
    .string()
    .regex(/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/i, 'must be a domain such as "acme.com"')
    .optional(),
  contactName: personal(z.string().min(1).max(200)),
  email: personal(z.email()).optional(),
  phone: personal(z.string().min(3).max(50)).optional(),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "DE"'),
  region: z.string().min(1).max(100).optional(),
  segmentHint: Segment.optional(),
  consent: z.object({
    marketing: z.boolean().describe('the contact agreed to be contacted by sales'),
    capturedAt: IsoDateTime.optional(),
  }),
  capturedAt: IsoDateTime,
});
export type MarketingLeadCapturedData = z.infer<typeof MarketingLeadCapturedData>;

export const MarketingLeadCaptured = defineEvent({
  type: 'marketing.LeadCaptured.v1',
  name: 'LeadCaptured',
  version: 1,
  producer: 'marketing',
  topic: Topics.marketingLeads,
  aggregateType: 'MarketingLead',
  description: 'Marketing captured a sales lead from a campaign.',
  schema: MarketingLeadCapturedData,
  subjectOf: (d) => d.externalId,
});

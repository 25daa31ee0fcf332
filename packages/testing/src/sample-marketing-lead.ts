import {
  createEnvelope,
  MarketingLeadCaptured,
  type MarketingLeadCapturedData,
} from '@salesgraph/events';
import { randomId } from './random-id';

/**
 * A valid lead as marketing captures it, whose keys (external id, company, its
 * domain, the contact's e-mail) no other lead shares, so that intake never
 * takes it for a returning one. `label` names the suite that made it, in the
 * campaign, the company and the domain; the overrides set what the test is about.
 */
export function sampleMarketingLead(
  label: string,
  overrides: Partial<MarketingLeadCapturedData> = {},
): MarketingLeadCapturedData {
  const tag = randomId(8);
  const domain = `${label.toLowerCase()}-${tag}.example`;
  return {
    externalId: `mkt-${tag}`,
    source: 'webinar',
    campaign: `${label.toLowerCase()}-${tag}`,
    company: `${label} ${tag} GmbH`,
    companyDomain: domain,
    contactName: `Kim ${tag}`,
    email: `kim.${tag}@${domain}`,
    country: 'DE',
    segmentHint: 'MEDIUM',
    consent: { marketing: true },
    capturedAt: new Date().toISOString(),
    ...overrides,
  };
}

/**
 * The envelope marketing's automation publishes a captured lead in, correlated
 * by its campaign (`correlationId` for a lead without one).
 */
export function marketingLeadEnvelope(data: MarketingLeadCapturedData, correlationId: string) {
  return createEnvelope(MarketingLeadCaptured, data, {
    source: 'marketing/automation',
    correlationId: data.campaign ?? correlationId,
    actor: { type: 'system' },
  });
}

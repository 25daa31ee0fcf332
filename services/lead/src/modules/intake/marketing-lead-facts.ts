import { ConsentChannel, type MarketingLeadCapturedData } from '@salesgraph/events';
import type { LeadConsentDecision } from '../consent/lead-consent.service';
import type { LeadFacts } from '../lead/lead-facts';
import type { LeadSegment } from '../lead/lead-segment';

/**
 * Marketing's form asks one question (may sales contact you?): its answer
 * holds for every channel, marketing's own included, from when it was asked.
 */
export function consentFromForm(data: MarketingLeadCapturedData): LeadConsentDecision {
  return {
    channels: ConsentChannel.options,
    given: data.consent.marketing,
    source: 'MARKETING_FORM',
    recordedBy: 'marketing',
    effectiveAt: new Date(data.consent.capturedAt ?? data.capturedAt),
    withCapture: true,
  };
}

export function factsOf(data: MarketingLeadCapturedData): LeadFacts {
  return {
    externalId: data.externalId,
    source: data.source,
    campaign: data.campaign,
    company: data.company,
    companyDomain: data.companyDomain,
    contactName: data.contactName,
    email: data.email,
    phone: data.phone,
    country: data.country,
    region: data.region,
    segment: data.segmentHint as LeadSegment | undefined,
    consentToContact: data.consent.marketing,
    capturedAt: new Date(data.capturedAt),
  };
}

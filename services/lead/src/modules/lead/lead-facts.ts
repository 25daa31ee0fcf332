import { randomUUID } from 'node:crypto';
import type { LeadCapturedData } from '@salesgraph/events';
import { LeadConversion } from './lead-conversion.embedded';
import { Lead } from './lead.entity';
import { LeadOrigin } from './lead-origin';
import type { LeadSegment } from './lead-segment';
import { LeadStatus } from './lead-status';

/** What is known about a lead when it arrives, from marketing's event or a rep's input alike. */
export interface LeadFacts {
  externalId?: string | null;
  source: string;
  campaign?: string | null;
  company: string;
  companyDomain?: string | null;
  contactName: string;
  email?: string | null;
  phone?: string | null;
  country?: string | null;
  region?: string | null;
  segment?: LeadSegment | null;
  consentToContact?: boolean | null;
  capturedAt: Date;
}

/** A NEW lead, not yet saved and without owner, from its facts. */
export function leadFromFacts(
  facts: LeadFacts,
  origin: LeadOrigin,
  createdBy: string | null,
): Lead {
  const lead = new Lead();
  Object.assign(lead, {
    id: randomUUID(),
    origin,
    externalId: facts.externalId ?? null,
    source: facts.source.trim(),
    campaign: facts.campaign ?? null,
    company: facts.company.trim(),
    companyDomain: facts.companyDomain?.toLowerCase() ?? null,
    contactName: facts.contactName.trim(),
    email: facts.email?.trim() ?? null,
    phone: facts.phone ?? null,
    country: facts.country ?? null,
    region: facts.region ?? null,
    segment: facts.segment ?? null,
    consentToContact: facts.consentToContact ?? null,
    capturedAt: facts.capturedAt,
    createdBy,
    status: LeadStatus.NEW,
    ownerId: null,
    teamId: null,
    assignmentRuleId: null,
    unassignedReason: null,
    assignedAt: null,
    nextFollowUpAt: null,
    contactedAt: null,
    qualifiedAt: null,
    disqualifiedAt: null,
    disqualificationReason: null,
    conversion: Object.assign(new LeadConversion(), {
      convertedAt: null,
      accountId: null,
      contactId: null,
      opportunityId: null,
      accountConfirmedAt: null,
    }),
    mergeCount: 0,
    predecessorId: null,
    supersededById: null,
    matchedAccountId: null,
  });
  return lead;
}

/** LeadCaptured as published: no e-mail or phone, which stay in the lead service. */
export function leadCapturedData(lead: Lead): LeadCapturedData {
  const optional = {
    externalId: lead.externalId,
    campaign: lead.campaign,
    companyDomain: lead.companyDomain,
    country: lead.country,
    region: lead.region,
    segment: lead.segment,
    createdBy: lead.createdBy,
    predecessorLeadId: lead.predecessorId,
    matchedAccountId: lead.matchedAccountId,
  };
  return {
    leadId: lead.id,
    origin: lead.origin,
    source: lead.source,
    company: lead.company,
    contactName: lead.contactName,
    capturedAt: lead.capturedAt.toISOString(),
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value != null)),
  };
}

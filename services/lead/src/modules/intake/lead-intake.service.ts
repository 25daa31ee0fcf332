import {
  LeadCaptured,
  type EventContext,
  type MarketingLeadCapturedData,
} from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import type { EntityManager } from 'typeorm';
import type { AssignmentEngine } from '../assignment/assignment-engine';
import type { LeadDuplicates } from '../dedup/lead-duplicates';
import type { LeadMergeService } from '../dedup/lead-merge.service';
import { leadCapturedData, leadFromFacts, type LeadFacts } from '../lead/lead-facts';
import { isOpenLead } from '../lead/lead-lifecycle';
import type { Lead } from '../lead/lead.entity';
import { LeadOrigin } from '../lead/lead-origin';
import type { LeadSegment } from '../lead/lead-segment';

export type IntakeOutcome = { kind: 'captured' | 'merged'; lead: Lead };

const noConsent =
  'The contact has not agreed to be contacted by sales (consent.marketing is false): a manager decides.';

/**
 * Marketing's captured leads, one at a time in the consumer's transaction: a
 * duplicate is merged into the lead it matches, anything else becomes a NEW
 * lead that the assignment rules give an owner (or queue, with the reason).
 */
export class LeadIntakeService {
  constructor(
    private readonly outbox: Outbox,
    private readonly duplicates: LeadDuplicates,
    private readonly merges: LeadMergeService,
    private readonly engine: AssignmentEngine,
  ) {}

  async capture(
    manager: EntityManager,
    data: MarketingLeadCapturedData,
    context: EventContext,
    eventId: string | null,
  ): Promise<IntakeOutcome> {
    const facts = factsOf(data);
    // Two rounds: if another copy of this lead is inserted between our look-up and our
    // insert, the insert does nothing and the second look-up finds that copy.
    for (let round = 0; round < 2; round += 1) {
      const match = await this.duplicates.findMatch(manager, facts);
      if (match) {
        const lead = await this.merges.merge(manager, match, facts, context, eventId);
        // What the duplicate added (a country, say) may let a rule match a lead that waits.
        if (!lead.ownerId && isOpenLead(lead.status) && lead.consentToContact !== false)
          await this.engine.assignByRules(manager, lead, context);
        return { kind: 'merged', lead };
      }
      const lead = leadFromFacts(facts, LeadOrigin.MARKETING, null);
      if (await this.duplicates.insertUnlessDuplicate(manager, lead)) {
        await this.outbox.append(manager, LeadCaptured, leadCapturedData(lead), context);
        if (lead.consentToContact === false)
          await this.engine.leaveUnassigned(manager, lead, null, noConsent);
        else await this.engine.assignByRules(manager, lead, context);
        return { kind: 'captured', lead };
      }
    }
    // Only reachable if the matching copy vanished in between: let the consumer retry.
    throw new Error(`lead ${data.externalId} was neither new nor found as a duplicate; retrying`);
  }
}

function factsOf(data: MarketingLeadCapturedData): LeadFacts {
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

import { LeadCaptured, type MarketingLeadCapturedData } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import { eventContextOf, inTransaction, type CommandContext } from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import type { AssignmentEngine } from '../assignment/assignment-engine';
import type { LeadDuplicates } from '../dedup/lead-duplicates';
import type { LeadMergeService } from '../dedup/lead-merge.service';
import { leadCapturedData, leadFromFacts, type LeadFacts } from '../lead/lead-facts';
import type { Lead } from '../lead/lead.entity';
import { LeadOrigin } from '../lead/lead-origin';
import type { LeadSegment } from '../lead/lead-segment';

export type IntakeOutcome = { kind: 'captured' | 'merged'; lead: Lead };

/**
 * Marketing's captured leads, one at a time (in the consumer's transaction
 * when a handler asks): a duplicate is merged into the lead it matches,
 * anything else becomes a NEW lead. Either way the assignment rules get the
 * lead if the assignment policy lets them (and queue it, with the reason, if not).
 */
export class LeadIntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly duplicates: LeadDuplicates,
    private readonly merges: LeadMergeService,
    private readonly engine: AssignmentEngine,
  ) {}

  capture(command: CommandContext, data: MarketingLeadCapturedData): Promise<IntakeOutcome> {
    const facts = factsOf(data);
    return inTransaction(this.dataSource, command, async (manager) => {
      // Two rounds: if another copy of this lead is inserted between our look-up and our
      // insert, the insert does nothing and the second look-up finds that copy.
      for (let round = 0; round < 2; round += 1) {
        const match = await this.duplicates.findMatch(manager, facts);
        if (match) {
          const lead = await this.merges.merge(command, manager, match, facts);
          // What the duplicate added (a country, consent) may let a rule take a lead that waits.
          await this.engine.offerToRules(command, manager, lead);
          return { kind: 'merged', lead };
        }
        const lead = leadFromFacts(facts, LeadOrigin.MARKETING, null);
        if (await this.duplicates.insertUnlessDuplicate(manager, lead)) {
          await this.outbox.append(
            manager,
            LeadCaptured,
            leadCapturedData(lead),
            eventContextOf(command),
          );
          await this.engine.offerToRules(command, manager, lead);
          return { kind: 'captured', lead };
        }
      }
      // Only reachable if the matching copy vanished in between: let the consumer retry.
      throw new Error(`lead ${data.externalId} was neither new nor found as a duplicate; retrying`);
    });
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

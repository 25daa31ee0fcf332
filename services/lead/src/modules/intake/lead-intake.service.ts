import {
  AccountSignalDetected,
  LeadCaptured,
  type MarketingLeadCapturedData,
} from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import { eventContextOf, inTransaction, type CommandContext } from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { AssignmentEngine } from '../assignment/assignment-engine';
import type { LeadConsentDecision, LeadConsentService } from '../consent/lead-consent.service';
import type { DuplicateMatch, LeadDuplicates } from '../dedup/lead-duplicates';
import { LeadDuplicateMatch } from '../dedup/lead-duplicate-match';
import type { LeadMergeService } from '../dedup/lead-merge.service';
import { returningLeadDecision } from '../dedup/returning-lead.rule';
import { leadCapturedData, leadFromFacts, type LeadFacts } from '../lead/lead-facts';
import { Lead } from '../lead/lead.entity';
import { LeadOrigin } from '../lead/lead-origin';
import type { ErasedPeople } from '../privacy/erased-people';
import { accountSignalDetectedData, type AccountSignal } from './account-signal';
import { LeadBatchIntake, type MarketingCapture } from './lead-batch-intake';
import { consentFromForm, factsOf } from './marketing-lead-facts';

export type IntakeOutcome =
  | { kind: 'captured' | 'merged' | 'returned'; lead: Lead }
  /** The person was erased here: the record is not stored again (docs/privacy.md). */
  | { kind: 'erased'; lead: null };

/**
 * Marketing's captured leads, one at a time (in the consumer's transaction
 * when a handler asks):
 * - a duplicate is merged into the lead it matches, unless that lead closed
 *   (disqualified, converted) at least the quiet period ago: then the person
 *   is back, and a new lead opens linked to it (returning-lead rule);
 * - a new lead whose company or e-mail domain is an existing account's goes
 *   to that account's owner as a signal (AccountSignalDetected), not into the
 *   new-business queue;
 * - anything else is a NEW lead for the assignment rules (queued, with the
 *   reason, if the assignment policy holds it back).
 */
export class LeadIntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly duplicates: LeadDuplicates,
    private readonly merges: LeadMergeService,
    private readonly engine: AssignmentEngine,
    private readonly signals: AccountSignal,
    private readonly quietDays: number,
    private readonly erased: ErasedPeople,
    private readonly consents: LeadConsentService,
  ) {
    this.batches = new LeadBatchIntake(this, outbox, erased, duplicates, merges);
  }

  private readonly batches: LeadBatchIntake;

  /**
   * Many of marketing's leads in the caller's transaction (the consumer's
   * batch), each with its own command; the outcome of each is what `capture`
   * would have given, one after the other (LeadBatchIntake).
   */
  captureBatch(manager: EntityManager, captures: MarketingCapture[]): Promise<IntakeOutcome[]> {
    return this.batches.captureBatch(manager, captures);
  }

  capture(command: CommandContext, data: MarketingLeadCapturedData): Promise<IntakeOutcome> {
    const facts = factsOf(data);
    return inTransaction(this.dataSource, command, async (manager) => {
      // Two rounds: if another copy of this lead is inserted between our look-up and our
      // insert, the insert does nothing and the second look-up finds that copy.
      if (await this.erased.byEmail(manager, data.email)) return { kind: 'erased', lead: null };
      for (let round = 0; round < 2; round += 1) {
        const match = await this.duplicates.findMatch(manager, facts);
        if (match && (await this.erased.byLead(manager, match.lead.id)))
          return { kind: 'erased', lead: null };
        if (match && this.decide(match, facts) === 'MERGE') {
          const lead = await this.merges.merge(command, manager, match, facts);
          // What the duplicate added (a country, consent) may let a rule take a lead that waits.
          await this.engine.offerToRules(command, manager, lead);
          return { kind: 'merged', lead };
        }
        const lead = leadFromFacts(facts, LeadOrigin.MARKETING, null);
        if (match) {
          // The predecessor steps aside first: the unique indexes hold among current leads.
          lead.predecessorId = match.lead.id;
          await manager.update(Lead, { id: match.lead.id }, { supersededById: lead.id });
        }
        if (await this.duplicates.insertUnlessDuplicate(manager, lead)) {
          await this.opened(command, manager, lead, consentFromForm(data));
          return { kind: match ? 'returned' : 'captured', lead };
        }
        if (match) await manager.update(Lead, { id: match.lead.id }, { supersededById: null });
      }
      // Only reachable if the matching copy vanished in between: let the consumer retry.
      throw new Error(`lead ${data.externalId} was neither new nor found as a duplicate; retrying`);
    });
  }

  /** Whether a duplicate merges into the lead it matched or opens a successor (returning-v1). */
  decide(match: DuplicateMatch, facts: LeadFacts) {
    const known = match.lead;
    return returningLeadDecision(
      {
        status: known.status,
        closedAt: known.disqualifiedAt ?? known.conversion?.convertedAt ?? null,
      },
      match.matchedOn === LeadDuplicateMatch.EXTERNAL_ID,
      facts.capturedAt,
      this.quietDays,
    );
  }

  /** A lead just inserted: a signal for an existing account's owner, or new business for the rules. */
  private async opened(
    command: CommandContext,
    manager: EntityManager,
    lead: Lead,
    consent: LeadConsentDecision,
  ): Promise<void> {
    const signal = await this.signals.match(manager, lead);
    if (signal) {
      const now = command.clock.now();
      Object.assign(lead, {
        matchedAccountId: signal.account.accountId,
        ownerId: signal.account.ownerId,
        assignedAt: now,
      });
      await manager.update(
        Lead,
        { id: lead.id },
        { matchedAccountId: lead.matchedAccountId, ownerId: lead.ownerId, assignedAt: now },
      );
    }
    await this.outbox.append(
      manager,
      LeadCaptured,
      leadCapturedData(lead),
      eventContextOf(command),
    );
    await this.consents.recordWithin(command, manager, lead, consent);
    if (!signal) {
      await this.engine.offerToRules(command, manager, lead);
      return;
    }
    await this.outbox.append(
      manager,
      AccountSignalDetected,
      accountSignalDetectedData(lead, signal, command.clock.now()),
      eventContextOf(command),
    );
  }
}

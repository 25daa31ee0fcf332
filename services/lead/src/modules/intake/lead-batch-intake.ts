import {
  AccountSignalDetected,
  LeadAssigned,
  LeadCaptured,
  LeadConsentChanged,
  type EventContext,
  type EventDefinition,
  type MarketingLeadCapturedData,
} from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import { eventContextOf, insertRows, type CommandContext } from '@salesgraph/service-kit';
import type { EntityManager } from 'typeorm';
import type { AssignmentEngine } from '../assignment/assignment-engine';
import { heldFromRules, rulesMayAssign } from '../assignment/assignment-policy';
import { AssignmentPlanner } from '../assignment/assignment-planner';
import { LeadConsent } from '../consent/lead-consent.entity';
import { consentChangeOf } from '../consent/lead-consent.service';
import type { LeadDuplicates } from '../dedup/lead-duplicates';
import type { LeadMergeService, PlannedMerge } from '../dedup/lead-merge.service';
import { leadCapturedData, leadFromFacts, type LeadFacts } from '../lead/lead-facts';
import { Lead } from '../lead/lead.entity';
import { LeadOrigin } from '../lead/lead-origin';
import type { ErasedPeople } from '../privacy/erased-people';
import { accountSignalDetectedData, type AccountSignal } from './account-signal';
import { IntakeBatchKeys } from './intake-batch-keys';
import type { IntakeOutcome, LeadIntakeService } from './lead-intake.service';
import { consentFromForm, factsOf } from './marketing-lead-facts';
import { indexesMatchingStoredLeads } from './stored-duplicates';

/** One of marketing's leads in a batch, with the command its own event gives it. */
export interface MarketingCapture {
  command: CommandContext;
  data: MarketingLeadCapturedData;
}

interface NewLead {
  command: CommandContext;
  data: MarketingLeadCapturedData;
  facts: LeadFacts;
}

type OutboxEntry = { definition: EventDefinition; data: unknown; context: EventContext };

/**
 * Marketing's leads many at a time. Most leads of a batch are new people:
 * for all of them at once the look-ups (erased people, stored duplicates,
 * account signals), the inserts (leads, consent rows, outbox rows) and
 * assignment (one lock, rules and rotation in memory) take one statement
 * each. A lead that matches a stored lead, or one earlier in the batch, goes
 * through `capture` afterwards, in the same transaction and in the batch's
 * order, so merging and returning leads stay one rule and each finds the
 * lead it repeats stored already. Each outcome is what `capture` would have
 * given; only the rotation may differ from one lead at a time, where a merge
 * that lets the rules take a waiting lead came between two new leads (issue
 * 17: a repeat used to split the batch, one in ten in a campaign).
 */
export class LeadBatchIntake {
  constructor(
    private readonly single: LeadIntakeService,
    private readonly outbox: Outbox,
    private readonly engine: AssignmentEngine,
    private readonly signals: AccountSignal,
    private readonly erased: ErasedPeople,
    private readonly duplicates: LeadDuplicates,
    private readonly merges: LeadMergeService,
  ) {}

  async captureBatch(
    manager: EntityManager,
    captures: MarketingCapture[],
  ): Promise<IntakeOutcome[]> {
    const facts = captures.map((c) => factsOf(c.data));
    const erasedEmails = await this.erased.emailsErased(
      manager,
      facts.map((f) => f.email),
    );
    const matchingStored = await indexesMatchingStoredLeads(manager, facts);
    const earlier = new IntakeBatchKeys();
    const outcomes: IntakeOutcome[] = [];
    const fresh: Array<NewLead & { at: number }> = [];
    const repeats: number[] = [];
    for (const [at, capture] of captures.entries()) {
      const fact = facts[at];
      if (fact.email && erasedEmails.has(fact.email)) {
        outcomes[at] = { kind: 'erased', lead: null };
        continue;
      }
      const repeated = matchingStored.has(at) || earlier.matches(fact);
      earlier.add(fact);
      if (repeated) repeats.push(at);
      else fresh.push({ ...capture, facts: fact, at });
    }
    const opened = await this.openMany(manager, fresh);
    fresh.forEach((item, i) => (outcomes[item.at] = { kind: 'captured', lead: opened[i] }));
    await this.captureRepeats(manager, captures, facts, repeats, outcomes);
    return outcomes;
  }

  /**
   * The batch's repeats, in order, after its new leads are stored. A plain
   * merge (into a lead that has an owner or is closed, filling no unique key,
   * changing no consent) is planned in memory and written with the others;
   * anything else (a returning lead, an erased person, a merge that needs
   * look-ups or may let the rules take a waiting lead) goes through `capture`
   * once the merges before it are written, and the repeats after it are
   * matched again.
   */
  private async captureRepeats(
    manager: EntityManager,
    captures: MarketingCapture[],
    facts: LeadFacts[],
    repeats: number[],
    outcomes: IntakeOutcome[],
  ): Promise<void> {
    let planned: PlannedMerge[] = [];
    const write = async () => {
      await this.merges.recordMerges(manager, planned);
      planned = [];
    };
    for (let next = 0; next < repeats.length;) {
      const rest = repeats.slice(next);
      const matches = await this.duplicates.findMatches(
        manager,
        rest.map((at) => facts[at]),
      );
      const erased = await this.erased.leadsErased(
        manager,
        matches.flatMap((m) => (m ? [m.lead.id] : [])),
      );
      for (const [k, at] of rest.entries()) {
        next += 1;
        const match = matches[k];
        const command = captures[at].command;
        if (match && erased.has(match.lead.id)) {
          outcomes[at] = { kind: 'erased', lead: null };
          continue;
        }
        const merge =
          match &&
          this.single.decide(match, facts[at]) === 'MERGE' &&
          !rulesMayAssign(match.lead) &&
          !heldFromRules(match.lead)
            ? this.merges.planMerge(command, match, facts[at])
            : undefined;
        if (merge) {
          planned.push(merge);
          outcomes[at] = { kind: 'merged', lead: merge.lead };
          continue;
        }
        await write();
        outcomes[at] = await this.single.capture(
          { ...command, transaction: manager },
          captures[at].data,
        );
        break; // what it changed is stored: the rest are matched again
      }
    }
    await write();
  }

  /**
   * New leads, none a duplicate: what `capture` stores for each, with one
   * statement per table. The state and events per lead are those of the
   * one-at-a-time path, in its order: LeadCaptured, LeadConsentChanged, then
   * AccountSignalDetected or LeadAssigned.
   */
  private async openMany(manager: EntityManager, items: NewLead[]): Promise<Lead[]> {
    if (items.length === 0) return [];
    const leads = items.map((item) => leadFromFacts(item.facts, LeadOrigin.MARKETING, null));
    const signals = await this.signals.matchMany(manager, leads);
    const consentRows: LeadConsent[] = [];
    const events: OutboxEntry[] = [];
    let planner: AssignmentPlanner | undefined;
    for (const [i, lead] of leads.entries()) {
      const { command, data } = items[i];
      const context = eventContextOf(command);
      const now = command.clock.now();
      const signal = signals[i];
      if (signal)
        Object.assign(lead, {
          matchedAccountId: signal.account.accountId,
          ownerId: signal.account.ownerId,
          assignedAt: now,
        });
      events.push({ definition: LeadCaptured, data: leadCapturedData(lead), context });
      const consent = consentChangeOf(lead, consentFromForm(data), [], now);
      if (consent) {
        consentRows.push(...consent.rows);
        events.push({ definition: LeadConsentChanged, data: consent.data, context });
        lead.consentToContact = consent.after;
      }
      if (signal) {
        events.push({
          definition: AccountSignalDetected,
          data: accountSignalDetectedData(lead, signal, now),
          context,
        });
        continue;
      }
      if (!rulesMayAssign(lead)) {
        const held = heldFromRules(lead);
        if (held) Object.assign(lead, { teamId: null, unassignedReason: held });
        continue;
      }
      // Taken late and once: the lock is held until commit, the look-ups above ran without it.
      planner ??= await AssignmentPlanner.locked(manager, this.engine.directory);
      const plan = await planner.plan(lead);
      if (plan.kind === 'wait') {
        Object.assign(lead, { teamId: plan.teamId, unassignedReason: plan.reason });
        continue;
      }
      const { assignment } = plan;
      Object.assign(lead, {
        ownerId: assignment.ownerId,
        teamId: assignment.teamId,
        assignmentRuleId: assignment.ruleId ?? null,
        unassignedReason: null,
        assignedAt: now,
      });
      events.push({
        definition: LeadAssigned,
        data: {
          leadId: lead.id,
          ownerId: assignment.ownerId,
          ...(assignment.teamId ? { teamId: assignment.teamId } : {}),
          assignedBy: assignment.assignedBy,
          ...(assignment.ruleId ? { ruleId: assignment.ruleId } : {}),
          reason: assignment.reason,
        },
        context,
      });
    }
    const inserted = await insertRows(manager, Lead, leads, { onConflict: 'ignore' });
    // Another instance stored one of these people meanwhile: the consumer redoes the batch one by one.
    if (inserted !== leads.length)
      throw new Error(
        `${leads.length - inserted} of ${leads.length} leads were stored meanwhile by another consumer`,
      );
    await insertRows(manager, LeadConsent, consentRows);
    await this.outbox.appendMany(manager, events);
    await planner?.saveCursors(items[items.length - 1].command.clock.now());
    return leads;
  }
}

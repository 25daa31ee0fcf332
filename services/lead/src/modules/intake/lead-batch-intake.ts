import {
  AccountSignalDetected,
  LeadAssigned,
  LeadCaptured,
  LeadConsentChanged,
  type EventContext,
  type EventDefinition,
  type MarketingLeadCapturedData,
} from '@salesgraph/events';
import type { DomainAccount } from '@salesgraph/account-directory';
import type { Outbox } from '@salesgraph/messaging';
import { eventContextOf, insertRows, type CommandContext } from '@salesgraph/service-kit';
import type { EntityManager } from 'typeorm';
import { giveLead } from '../assignment/assignment-engine';
import { heldFromRules, rulesMayAssign } from '../assignment/assignment-policy';
import { AssignmentPlanner, cursorUpsertSql } from '../assignment/assignment-planner';
import { LeadConsentRow } from '../consent/lead-consent-row.entity';
import { consentChangeOf } from '../consent/lead-consent.service';
import type { LeadDuplicates } from '../dedup/lead-duplicates';
import type { LeadMergeService, PlannedMerge } from '../dedup/lead-merge.service';
import { leadCapturedData, leadFromFacts, type LeadFacts } from '../lead/lead-facts';
import { Lead } from '../lead/lead.entity';
import { LeadOrigin } from '../lead/lead-origin';
import type { ErasedPeople } from '../privacy/erased-people';
import { AccountSignal, accountSignalDetectedData } from './account-signal';
import { lookUpBatch } from './batch-look-ups';
import { IntakeBatchKeys } from './intake-batch-keys';
import type { IntakeOutcome, LeadIntakeService } from './lead-intake.service';
import { consentFromForm, factsOf } from './marketing-lead-facts';

/** One of marketing's leads in a batch, with the command its own event gives it. */
export interface MarketingCapture {
  command: CommandContext;
  data: MarketingLeadCapturedData;
}

interface NewLead {
  at: number;
  command: CommandContext;
  data: MarketingLeadCapturedData;
  facts: LeadFacts;
}

/** A lead stored by this batch for the rules, with the command of the event that brought it. */
interface AwaitingLead {
  lead: Lead;
  command: CommandContext;
}

type OutboxEntry = { definition: EventDefinition; data: unknown; context: EventContext };

/**
 * Marketing's leads many at a time, in three steps within the consumer's
 * transaction:
 *
 * 1. New people (most of a batch): the look-ups (erased people, stored
 *    duplicates, account signals) take one statement together
 *    (`lookUpBatch`), the inserts (leads, consent rows, outbox rows) one each.
 * 2. Repeats (a lead that matches a stored lead or one earlier in the batch),
 *    in the batch's order: plain merges are written in bulk; anything else
 *    goes through `capture`, so merging and returning leads stay one rule.
 * 3. Assignment of the new leads the rules may take, under the assignment
 *    lock, taken last: it is held from there to the commit only, so that two
 *    intake consumers store their batches side by side and queue for the
 *    rotation alone (issue 17).
 *
 * Each outcome is what `capture` would have given, except that the rules see
 * a new lead with what its repeats in the same batch added (a country, a
 * segment), and the rotation takes the batch's new leads after its repeats.
 */
export class LeadBatchIntake {
  constructor(
    private readonly single: LeadIntakeService,
    private readonly outbox: Outbox,
    private readonly erased: ErasedPeople,
    private readonly duplicates: LeadDuplicates,
    private readonly merges: LeadMergeService,
  ) {}

  async captureBatch(
    manager: EntityManager,
    captures: MarketingCapture[],
  ): Promise<IntakeOutcome[]> {
    const facts = captures.map((c) => factsOf(c.data));
    const found = await lookUpBatch(manager, facts, AccountSignal.domainsOf(facts));
    const earlier = new IntakeBatchKeys();
    const outcomes: IntakeOutcome[] = [];
    const fresh: NewLead[] = [];
    const repeats: number[] = [];
    for (const [at, capture] of captures.entries()) {
      const fact = facts[at];
      if (found.erased.has(at)) {
        outcomes[at] = { kind: 'erased', lead: null };
        continue;
      }
      const repeated = found.matchingStored.has(at) || earlier.matches(fact);
      earlier.add(fact);
      if (repeated) repeats.push(at);
      else fresh.push({ ...capture, facts: fact, at });
    }
    const { stored, awaiting } = await this.openMany(manager, fresh, found.accounts);
    for (const item of fresh) {
      const lead = stored.get(item.at);
      if (lead) outcomes[item.at] = { kind: 'captured', lead };
      // Stored meanwhile by another consumer: it is a repeat now.
      else repeats.push(item.at);
    }
    repeats.sort((a, b) => a - b);
    await this.captureRepeats(manager, captures, facts, repeats, outcomes, awaiting);
    await this.assign(manager, [...awaiting.values()]);
    return outcomes;
  }

  /**
   * The batch's repeats, in order, after its new leads are stored. A plain
   * merge (filling no unique key, changing no consent, into a lead that has
   * an owner, is closed, or awaits this batch's assignment) is planned in
   * memory and written with the others; anything else (a returning lead, an
   * erased person, a merge that needs look-ups or may let the rules take a
   * waiting lead) goes through `capture` once the merges before it are
   * written, and the repeats after it are matched again.
   */
  private async captureRepeats(
    manager: EntityManager,
    captures: MarketingCapture[],
    facts: LeadFacts[],
    repeats: number[],
    outcomes: IntakeOutcome[],
    awaiting: Map<string, AwaitingLead>,
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
        const found = matches[k];
        const command = captures[at].command;
        if (found && erased.has(found.lead.id)) {
          outcomes[at] = { kind: 'erased', lead: null };
          continue;
        }
        // A lead of this batch merges into the object its assignment will read.
        const own = found && awaiting.get(found.lead.id);
        const match = own ? { ...found, lead: own.lead } : found;
        const merge =
          match &&
          this.single.decide(match, facts[at]) === 'MERGE' &&
          (own || (!rulesMayAssign(match.lead) && !heldFromRules(match.lead)))
            ? this.merges.planMerge(command, match, facts[at])
            : undefined;
        if (merge) {
          planned.push(merge);
          outcomes[at] = { kind: 'merged', lead: merge.lead };
          continue;
        }
        await write();
        const outcome = await this.single.capture(
          { ...command, transaction: manager },
          captures[at].data,
        );
        outcomes[at] = outcome;
        // The one-at-a-time merge offered it to the rules already.
        if (outcome.lead) awaiting.delete(outcome.lead.id);
        break; // what it changed is stored: the rest are matched again
      }
    }
    await write();
  }

  /**
   * New leads, none a duplicate: what `capture` stores for each, with one
   * statement per table, in its order of events (LeadCaptured,
   * LeadConsentChanged, AccountSignalDetected). A lead another consumer
   * stored meanwhile is left out, with its rows and events. Those the rules
   * may take are stored without owner and returned as awaiting (`assign`).
   */
  private async openMany(
    manager: EntityManager,
    items: NewLead[],
    accounts: ReadonlyMap<string, readonly DomainAccount[]>,
  ): Promise<{ stored: Map<number, Lead>; awaiting: Map<string, AwaitingLead> }> {
    const stored = new Map<number, Lead>();
    const awaiting = new Map<string, AwaitingLead>();
    if (items.length === 0) return { stored, awaiting };
    const leads = items.map((item) => leadFromFacts(item.facts, LeadOrigin.MARKETING, null));
    const signals = AccountSignal.matchAmong(accounts, leads);
    const consents = leads.map((lead, i) => {
      const { command, data } = items[i];
      const now = command.clock.now();
      const signal = signals[i];
      if (signal)
        Object.assign(lead, {
          matchedAccountId: signal.account.accountId,
          ownerId: signal.account.ownerId,
          assignedAt: now,
        });
      const consent = consentChangeOf(lead, consentFromForm(data), [], now);
      if (consent) lead.consentToContact = consent.after;
      const held = !signal && heldFromRules(lead);
      if (held) Object.assign(lead, { teamId: null, unassignedReason: held });
      return consent;
    });
    const inserted = new Set(
      await insertRows(manager, Lead, insertionOrder(leads), { onConflict: 'ignore' }),
    );
    const consentRows: LeadConsentRow[] = [];
    const events: OutboxEntry[] = [];
    for (const [i, lead] of leads.entries()) {
      if (!inserted.has(lead)) continue;
      lead.version = 1;
      const { command, at } = items[i];
      stored.set(at, lead);
      const context = eventContextOf(command);
      events.push({ definition: LeadCaptured, data: leadCapturedData(lead), context });
      const consent = consents[i];
      if (consent) {
        consentRows.push(consent.decision);
        events.push({ definition: LeadConsentChanged, data: consent.data, context });
      }
      const signal = signals[i];
      if (signal)
        events.push({
          definition: AccountSignalDetected,
          data: accountSignalDetectedData(lead, signal, command.clock.now()),
          context,
        });
      else if (rulesMayAssign(lead)) awaiting.set(lead.id, { lead, command });
    }
    await insertRows(manager, LeadConsentRow, consentRows);
    await this.outbox.appendMany(manager, events);
    return { stored, awaiting };
  }

  /**
   * The rules for the batch's new leads, in one go under the assignment lock
   * (rules, rotation and open-lead counts read once, AssignmentPlanner): one
   * statement for the leads' owners and the rotations that moved, one outbox
   * append for their LeadAssigned.
   */
  private async assign(manager: EntityManager, awaiting: AwaitingLead[]): Promise<void> {
    if (awaiting.length === 0) return;
    const planner = await AssignmentPlanner.locked(manager);
    const events: OutboxEntry[] = [];
    for (const { lead, command } of awaiting) {
      const plan = planner.plan(lead);
      if (plan.kind === 'wait') {
        Object.assign(lead, { teamId: plan.teamId, unassignedReason: plan.reason });
        continue;
      }
      events.push({
        definition: LeadAssigned,
        data: giveLead(lead, plan.assignment, command.clock.now()),
        context: eventContextOf(command),
      });
    }
    const leads = awaiting.map((a) => a.lead);
    const cursors = planner.takeMovedCursors();
    await manager.query(
      `WITH cursors AS (${cursorUpsertSql(7)})
       UPDATE lead l
          SET owner_id = u.owner_id, team_id = u.team_id, assignment_rule_id = u.rule_id,
              assigned_at = u.assigned_at, unassigned_reason = u.reason
         FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::timestamptz[], $6::text[])
              AS u(id, owner_id, team_id, rule_id, assigned_at, reason)
        WHERE l.id = u.id`,
      [
        leads.map((l) => l.id),
        leads.map((l) => l.ownerId),
        leads.map((l) => l.teamId),
        leads.map((l) => l.assignmentRuleId),
        leads.map((l) => l.assignedAt),
        leads.map((l) => l.unassignedReason),
        cursors.teamIds,
        cursors.lastUserIds,
        awaiting[awaiting.length - 1].command.clock.now(),
      ],
    );
    await this.outbox.appendMany(manager, events);
  }
}

/**
 * The order in which a batch's new leads go into the table: by e-mail, then
 * external id, the keys of the unique indexes that two batches may both hold.
 * Batches side by side (partitions in parallel, a second instance) that share
 * people meet them in one order, so one waits for the other; in their events'
 * order, each could hold a person the other was waiting for, a deadlock that
 * cost one batch its transaction and sent its events through one at a time.
 * Which batch stores a person does not change: the other finds it a repeat.
 */
function insertionOrder(leads: readonly Lead[]): Lead[] {
  const keyOf = (lead: Lead) =>
    `${lead.email?.toLowerCase() ?? '\uffff'}\u0000${lead.externalId ?? ''}`;
  return leads
    .map((lead) => ({ lead, key: keyOf(lead) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ lead }) => lead);
}

import { randomUUID } from 'node:crypto';
import {
  ConsentChannel,
  contactableBySales,
  currentConsent,
  LeadConsentChanged,
  type ConsentDecision,
  type LeadConsentChangedData,
} from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  assertUserConsentDecision,
  ConsentHistory,
  consentDecisionFieldsOf,
  eventContextOf,
  inTransaction,
  type CommandContext,
  type ConsentDecisionSpec,
} from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { AssignmentEngine } from '../assignment/assignment-engine';
import type { LeadGuard } from '../lead/lead-guard';
import { isOpenLead } from '../lead/lead-lifecycle';
import type { Lead } from '../lead/lead.entity';
import { LeadStatus } from '../lead/lead-status';
import { consentRecordsOf, consentRecordsOfAll, LeadConsentRow } from './lead-consent-row.entity';
import { LeadConsentException } from './lead-consent.exception';
import type { LeadConsent } from './lead-consent.entity';

/** One decision to record about a lead's contact. */
export interface LeadConsentDecision extends ConsentDecisionSpec {
  /** The consent the lead arrived with (marketing's form, a rep's entry), not a change of mind. */
  withCapture?: boolean;
}

/**
 * Owns a lead's consent: appends one row and one LeadConsentChanged per
 * decision (each listing its channels), shows the decisions as records per
 * channel, and keeps `lead.consentToContact` as what they say
 * (`contactableBySales`), which is what assignment reads (assignment-policy).
 */
export class LeadConsentService {
  private readonly history: ConsentHistory<LeadConsent, LeadConsentRow>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly guard: LeadGuard,
    private readonly engine: AssignmentEngine,
  ) {
    this.history = new ConsentHistory(dataSource, LeadConsentRow, 'leadId', consentRecordsOfAll);
  }

  /** A decision recorded by a user who may change the lead (its owner, their manager). */
  record(command: CommandContext, leadId: string, spec: LeadConsentDecision): Promise<Lead> {
    assertUserConsentDecision(spec, command.clock.now());
    return inTransaction(this.dataSource, command, async (manager) => {
      const lead = await this.guard.loadForChange(command, manager, leadId);
      if (lead.status === LeadStatus.CONVERTED) throw LeadConsentException.converted(lead.id);
      await this.recordWithin(command, manager, lead, spec);
      // A waiting lead: held for a manager once sales contact is withdrawn, taken by the rules once given back.
      return lead.ownerId == null ? this.engine.offerToRules(command, manager, lead) : lead;
    });
  }

  /**
   * In the caller's transaction, on a lead it has loaded (and locked, or
   * just inserted): the decision's row, its event, and the derived flag, set
   * on `lead` and in its row.
   */
  async recordWithin(
    command: CommandContext,
    manager: EntityManager,
    lead: Lead,
    spec: LeadConsentDecision,
  ): Promise<void> {
    const stored = await storedRecordsOf(manager, lead.id);
    const change = consentChangeOf(lead, spec, stored, command.clock.now());
    if (!change) return;
    const { decision, data, after } = change;
    await manager.insert(LeadConsentRow, decision);
    await this.outbox.append(manager, LeadConsentChanged, data, eventContextOf(command));
    if (lead.consentToContact !== after) {
      lead.consentToContact = after;
      await manager.save(lead);
    }
  }

  /** Every decision on the lead, newest first; all leads of one request in one query. */
  historyOf(command: CommandContext, leadId: string): Promise<LeadConsent[]> {
    return this.history.historyOf(command, leadId);
  }

  /** The decisions in force, as LeadConverted carries them to the account's contact. */
  async decisionsInForce(manager: EntityManager, leadId: string): Promise<ConsentDecision[]> {
    const current = currentConsent(await storedRecordsOf(manager, leadId));
    return ConsentChannel.options.flatMap((channel) => {
      const row = current.get(channel);
      if (!row) return [];
      return [
        {
          channel,
          given: row.given,
          source: row.source,
          recordedBy: row.recordedBy,
          effectiveAt: row.effectiveAt.toISOString(),
          ...(row.note ? { note: row.note } : {}),
        },
      ];
    });
  }

  /** The decision in force on each channel that has one, in the channels' order. */
  currentOf(command: CommandContext, leadId: string): Promise<LeadConsent[]> {
    return this.history.currentOf(command, leadId);
  }
}

/** A lead's decisions as records per channel, read in the caller's transaction. */
async function storedRecordsOf(manager: EntityManager, leadId: string): Promise<LeadConsent[]> {
  return consentRecordsOfAll(await manager.findBy(LeadConsentRow, { leadId }));
}

/**
 * What one decision changes on a lead whose records so far are `stored`: the
 * row to append, its one LeadConsentChanged, and the derived flag afterwards;
 * null when it names no channel. Pure, so marketing's batch intake records a
 * batch's decisions with the same rule.
 */
export function consentChangeOf(
  lead: Lead,
  spec: LeadConsentDecision,
  stored: LeadConsent[],
  recordedAt: Date,
): {
  decision: LeadConsentRow;
  data: LeadConsentChangedData;
  after: boolean | null;
} | null {
  const fields = consentDecisionFieldsOf(spec, recordedAt);
  if (fields.channels.length === 0) return null;
  const decision = Object.assign(new LeadConsentRow(), {
    ...fields,
    id: randomUUID(),
    leadId: lead.id,
  });
  const before = contactableBySales(currentConsent(stored));
  const after = contactableBySales(currentConsent([...stored, ...consentRecordsOf(decision)]));
  return {
    decision,
    after,
    data: {
      leadId: lead.id,
      company: lead.company,
      ...(lead.ownerId ? { ownerId: lead.ownerId } : {}),
      openLead: isOpenLead(lead.status),
      channels: fields.channels,
      given: spec.given,
      source: spec.source,
      recordedBy: spec.recordedBy,
      effectiveAt: spec.effectiveAt.toISOString(),
      ...(fields.note ? { note: fields.note } : {}),
      contactableBySales: after !== false,
      wasContactableBySales: before,
      withCapture: spec.withCapture ?? false,
      recordedAt: recordedAt.toISOString(),
    },
  };
}

import { randomUUID } from 'node:crypto';
import { ConsentChannel, LeadMerged } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  eventContextOf,
  insertRows,
  loadMany,
  manyByKey,
  oneOrIn,
  readerOf,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { LeadConsentService } from '../consent/lead-consent.service';
import type { LeadFacts } from '../lead/lead-facts';
import type { Lead } from '../lead/lead.entity';
import type { LeadDuplicateMatch } from './lead-duplicate-match';
import type { DuplicateMatch, LeadDuplicates } from './lead-duplicates';
import { LeadMerge } from './lead-merge.entity';

/** Fields a duplicate may fill in when the kept lead lacks them; the first three are unique keys. */
const fillable = [
  'externalId',
  'email',
  'companyDomain',
  'phone',
  'country',
  'region',
  'segment',
  'campaign',
] as const;
type Fillable = (typeof fillable)[number];
const uniqueKeys = new Set<string>(['externalId', 'email', 'companyDomain']);

/** A duplicate merged into its lead in memory, to be written with others (`recordMerges`). */
export interface PlannedMerge {
  command: CommandContext;
  lead: Lead;
  matchedOn: LeadDuplicateMatch;
  facts: LeadFacts;
  mergedFields: string[];
}

/**
 * Merges a duplicate into the lead it matched: the kept lead only gains what
 * it lacked (what a rep already knows wins), the duplicate is recorded as it
 * arrived, and LeadMerged says so.
 */
export class LeadMergeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly duplicates: LeadDuplicates,
    private readonly consents: LeadConsentService,
  ) {}

  /** Merges inside the caller's transaction; the event that brought the duplicate is the command's cause. */
  async merge(
    command: CommandContext,
    manager: EntityManager,
    match: DuplicateMatch,
    facts: LeadFacts,
  ): Promise<Lead> {
    const { lead, matchedOn } = match;
    const mergedFields: string[] = [];
    for (const [field, value] of fillsOf(lead, facts)) {
      // A key another lead holds cannot be copied here: the unique indexes keep one lead per key.
      if (
        uniqueKeys.has(field) &&
        (await this.duplicates.isTaken(manager, lead.id, {
          contactName: lead.contactName,
          [field]: value,
        }))
      )
        continue;
      fill(lead, field, value);
      mergedFields.push(field);
    }
    // A contact who did not consent before and does now (signed up again) may be contacted;
    // an answer where none was known is recorded. A withdrawal is not inferred from a
    // duplicate: the lead may be in a rep's hands already, who records it if the person says so.
    const consent = facts.consentToContact;
    if (consentLearnt(lead, consent)) {
      await this.consents.recordWithin(command, manager, lead, {
        channels: ConsentChannel.options,
        given: consent!,
        source: 'MARKETING_FORM',
        recordedBy: 'marketing',
        effectiveAt: facts.capturedAt,
        withCapture: true,
      });
      mergedFields.push('consentToContact');
    }
    lead.mergeCount += 1;
    await manager.save(lead);
    await this.recordDuplicates(manager, [{ command, lead, matchedOn, facts, mergedFields }]);
    return lead;
  }

  /**
   * `merge` in memory, for a duplicate that needs no look-up: it fills no
   * unique key (which another lead may hold) and changes no consent. Undefined
   * (and the lead untouched) when it needs `merge`.
   */
  planMerge(
    command: CommandContext,
    match: DuplicateMatch,
    facts: LeadFacts,
  ): PlannedMerge | undefined {
    const { lead, matchedOn } = match;
    const fills = fillsOf(lead, facts);
    if (
      fills.some(([field]) => uniqueKeys.has(field)) ||
      consentLearnt(lead, facts.consentToContact)
    )
      return undefined;
    for (const [field, value] of fills) fill(lead, field, value);
    lead.mergeCount += 1;
    return { command, lead, matchedOn, facts, mergedFields: fills.map(([field]) => field) };
  }

  /** Writes planned merges: the leads (one statement, however many duplicates each took), then each duplicate. */
  async recordMerges(manager: EntityManager, merges: readonly PlannedMerge[]): Promise<void> {
    if (merges.length === 0) return;
    const times = new Map<Lead, number>();
    for (const { lead } of merges) times.set(lead, (times.get(lead) ?? 0) + 1);
    const merged = [...times.keys()];
    await manager.query(
      `UPDATE lead l
          SET merge_count = u.merge_count, phone = u.phone, country = u.country,
              region = u.region, segment = u.segment, campaign = u.campaign,
              version = l.version + u.times, updated_at = now()
         FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[],
                     $7::text[], $8::int[])
              AS u(id, merge_count, phone, country, region, segment, campaign, times)
        WHERE l.id = u.id`,
      [
        merged.map((l) => l.id),
        merged.map((l) => l.mergeCount),
        merged.map((l) => l.phone),
        merged.map((l) => l.country),
        merged.map((l) => l.region),
        merged.map((l) => l.segment),
        merged.map((l) => l.campaign),
        merged.map((l) => times.get(l)!),
      ],
    );
    for (const [lead, n] of times) lead.version += n;
    await this.recordDuplicates(manager, merges);
  }

  /** Each duplicate as it arrived (a merge row) and its LeadMerged. */
  private async recordDuplicates(
    manager: EntityManager,
    merges: readonly PlannedMerge[],
  ): Promise<void> {
    const rows = merges.map(({ command, lead, matchedOn, facts, mergedFields }) => ({
      id: randomUUID(),
      leadId: lead.id,
      matchedOn,
      externalId: facts.externalId ?? null,
      source: facts.source,
      campaign: facts.campaign ?? null,
      company: facts.company,
      contactName: facts.contactName,
      email: facts.email ?? null,
      mergedFields,
      eventId: command.causationId ?? null,
      capturedAt: facts.capturedAt,
      mergedAt: command.clock.now(),
    }));
    await insertRows(manager, LeadMerge, rows);
    await this.outbox.appendMany(
      manager,
      merges.map(({ command, facts, matchedOn, mergedFields, lead }, i) => ({
        definition: LeadMerged,
        data: {
          leadId: lead.id,
          matchedOn,
          ...(facts.externalId ? { duplicateExternalId: facts.externalId } : {}),
          source: facts.source,
          ...(facts.campaign ? { campaign: facts.campaign } : {}),
          mergedFields,
          mergedAt: rows[i].mergedAt.toISOString(),
        },
        context: eventContextOf(command),
      })),
    );
  }

  /** The merges of a lead, oldest first; all leads of one request in one query. */
  mergesOf(command: CommandContext, leadId: string): Promise<LeadMerge[]> {
    return loadMany(command, 'lead.merges', leadId, async (leadIds) => {
      const rows = await readerOf(this.dataSource, command).find(LeadMerge, {
        where: { leadId: oneOrIn(leadIds) },
        order: { mergedAt: 'ASC' },
      });
      return manyByKey(leadIds, rows, (row) => row.leadId);
    });
  }
}

/** The fields the duplicate has and the lead lacks, with the duplicate's value. */
function fillsOf(lead: Lead, facts: LeadFacts): Array<[Fillable, unknown]> {
  return fillable
    .filter((field) => facts[field] != null && lead[field] == null)
    .map((field) => [field, facts[field]]);
}

function fill(lead: Lead, field: Fillable, value: unknown): void {
  Object.assign(lead, { [field]: field === 'companyDomain' ? String(value).toLowerCase() : value });
}

/** Whether the duplicate's consent answer is news: given where it was not, or any answer where none was known. */
function consentLearnt(lead: Lead, consent: boolean | null | undefined): boolean {
  return (
    (consent === true && lead.consentToContact !== true) ||
    (consent === false && lead.consentToContact == null)
  );
}

import { randomUUID } from 'node:crypto';
import { ConsentChannel, LeadMerged } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  eventContextOf,
  loadMany,
  manyByKey,
  readerOf,
  type CommandContext,
} from '@salesgraph/service-kit';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { LeadConsentService } from '../consent/lead-consent.service';
import type { LeadFacts } from '../lead/lead-facts';
import type { Lead } from '../lead/lead.entity';
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
const uniqueKeys = new Set<string>(['externalId', 'email', 'companyDomain']);

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
    for (const field of fillable) {
      const value = facts[field];
      if (value == null || lead[field] != null) continue;
      // A key another lead holds cannot be copied here: the unique indexes keep one lead per key.
      if (
        uniqueKeys.has(field) &&
        (await this.duplicates.isTaken(manager, lead.id, {
          contactName: lead.contactName,
          [field]: value,
        }))
      )
        continue;
      Object.assign(lead, {
        [field]: field === 'companyDomain' ? String(value).toLowerCase() : value,
      });
      mergedFields.push(field);
    }
    // A contact who did not consent before and does now (signed up again) may be contacted;
    // an answer where none was known is recorded. A withdrawal is not inferred from a
    // duplicate: the lead may be in a rep's hands already, who records it if the person says so.
    const consent = facts.consentToContact;
    if (
      (consent === true && lead.consentToContact !== true) ||
      (consent === false && lead.consentToContact == null)
    ) {
      await this.consents.recordWithin(command, manager, lead, {
        channels: ConsentChannel.options,
        given: consent,
        source: 'MARKETING_FORM',
        recordedBy: 'marketing',
        effectiveAt: facts.capturedAt,
        withCapture: true,
      });
      mergedFields.push('consentToContact');
    }
    lead.mergeCount += 1;
    await manager.save(lead);
    const mergedAt = command.clock.now();
    await manager.insert(LeadMerge, {
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
      mergedAt,
    });
    await this.outbox.append(
      manager,
      LeadMerged,
      {
        leadId: lead.id,
        matchedOn,
        ...(facts.externalId ? { duplicateExternalId: facts.externalId } : {}),
        source: facts.source,
        ...(facts.campaign ? { campaign: facts.campaign } : {}),
        mergedFields,
        mergedAt: mergedAt.toISOString(),
      },
      eventContextOf(command),
    );
    return lead;
  }

  /** The merges of a lead, oldest first; all leads of one request in one query. */
  mergesOf(command: CommandContext, leadId: string): Promise<LeadMerge[]> {
    return loadMany(command, 'lead.merges', leadId, async (leadIds) => {
      const rows = await readerOf(this.dataSource, command).find(LeadMerge, {
        where: { leadId: In([...leadIds]) },
        order: { mergedAt: 'ASC' },
      });
      return manyByKey(leadIds, rows, (row) => row.leadId);
    });
  }
}

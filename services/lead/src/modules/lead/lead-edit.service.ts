import { LeadUpdated, salesConsentChannels } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  applyChanges,
  assertVersion,
  ConflictError,
  eventContextOf,
  inTransaction,
  isUniqueViolation,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { LeadConsentService } from '../consent/lead-consent.service';
import type { LeadDuplicates } from '../dedup/lead-duplicates';
import type { UpdateLeadInput } from './dto/update-lead.input';
import type { LeadGuard } from './lead-guard';
import type { Lead } from './lead.entity';
import { LeadException } from './lead.exception';
import { LeadStatus } from './lead-status';

/** The fields whose values de-duplication compares: a change must not copy another lead's. */
const duplicateKeys = ['email', 'companyDomain', 'contactName'];

/**
 * Corrections to what people entered on a lead: contact details, segment,
 * consent. Whoever may change the lead may correct it (its owner, their
 * manager), at the version they last read. A converted lead is not corrected
 * here: its details live on in the account now. Every change is in the lead's
 * history (LeadUpdated, naming e-mail and phone without their values).
 */
export class LeadEditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly guard: LeadGuard,
    private readonly duplicates: LeadDuplicates,
    private readonly consents: LeadConsentService,
  ) {}

  update(command: CommandContext, input: UpdateLeadInput): Promise<Lead> {
    const { leadId, expectedVersion, consentToContact, ...fields } = input;
    return inTransaction(this.dataSource, command, async (manager) => {
      const lead = await this.guard.loadForChange(command, manager, leadId);
      assertVersion(lead, expectedVersion, `lead ${lead.company} / ${lead.contactName}`);
      if (lead.status === LeadStatus.CONVERTED)
        throw LeadException.closed(
          lead.id,
          lead.status,
          'correct it: the account holds its details now',
        );
      const changedFields = applyChanges(lead, {
        ...fields,
        company: fields.company?.trim(),
        contactName: fields.contactName?.trim(),
        email: fields.email?.trim(),
        companyDomain: fields.companyDomain?.toLowerCase(),
      });
      if (changedFields.some((f) => duplicateKeys.includes(f)))
        await this.assertUnique(manager, lead);
      if (changedFields.length > 0) await this.save(manager, lead);
      // Deprecated way to record consent: one answer for every sales channel, on the rep's word.
      if (consentToContact != null && consentToContact !== lead.consentToContact) {
        await this.consents.recordWithin(command, manager, lead, {
          channels: salesConsentChannels,
          given: consentToContact,
          source: 'REP_ENTRY',
          recordedBy: command.user.id,
          effectiveAt: command.clock.now(),
        });
        changedFields.push('consentToContact');
      }
      if (changedFields.length === 0) return lead;
      await this.outbox.append(
        manager,
        LeadUpdated,
        {
          leadId: lead.id,
          ...present({
            ownerId: lead.ownerId,
            externalId: lead.externalId,
            companyDomain: lead.companyDomain,
            country: lead.country,
            region: lead.region,
            segment: lead.segment,
          }),
          changedFields,
          company: lead.company,
          contactName: lead.contactName,
          updatedBy: command.user.id,
          updatedAt: command.clock.now().toISOString(),
        },
        eventContextOf(command),
      );
      return lead;
    });
  }

  private async assertUnique(manager: EntityManager, lead: Lead): Promise<void> {
    if (await this.duplicates.isTaken(manager, lead.id, lead)) throw duplicateOf(lead);
  }

  /** The unique indexes are the real guard: a lead that took the same key meanwhile is a CONFLICT too. */
  private async save(manager: EntityManager, lead: Lead): Promise<void> {
    try {
      await manager.save(lead);
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateOf(lead);
      throw error;
    }
  }
}

function duplicateOf(lead: Lead): ConflictError {
  return new ConflictError(
    `Another lead already has this e-mail, or this company domain with contact ${lead.contactName}: ask your sales manager to merge them rather than keep two.`,
    { leadId: lead.id },
  );
}

function present<T extends Record<string, unknown>>(values: T) {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v != null)) as {
    [K in keyof T]?: NonNullable<T[K]>;
  };
}

import { randomUUID } from 'node:crypto';
import { LeadConverted, type AccountCreatedData } from '@salesgraph/events';
import type { AccountDirectory, AccountOwner } from '@salesgraph/account-directory';
import { RejectedEventError, type Outbox } from '@salesgraph/messaging';
import {
  BadInputError,
  ConflictError,
  DomainError,
  eventContextOf,
  inTransaction,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { LeadConsentService } from '../consent/lead-consent.service';
import type { AccountSignal } from '../intake/account-signal';
import type { LeadGuard } from '../lead/lead-guard';
import { leadLifecycle } from '../lead/lead-lifecycle';
import { Lead } from '../lead/lead.entity';
import { LeadException, LeadExceptionCode } from '../lead/lead.exception';
import { LeadStatus } from '../lead/lead-status';
import { OpportunityStage } from '../opportunity/opportunity-stage';
import type { OpportunityService } from '../opportunity/opportunity.service';
import type { ConvertLeadInput } from './dto/convert-lead.input';

/**
 * Conversion: one transaction turns a QUALIFIED lead into CONVERTED, opens its
 * opportunity and publishes LeadConverted with ids generated here, so the
 * account service creates exactly that account however often the event
 * arrives; the contact's consent in force travels with it, so the contact
 * starts with it. The lead row is locked first, so a second conversion, even a
 * concurrent one, finds CONVERTED and is refused.
 */
export class ConversionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly guard: LeadGuard,
    private readonly opportunities: OpportunityService,
    private readonly directory: AccountDirectory,
    private readonly signals: AccountSignal,
    private readonly consents: LeadConsentService,
  ) {}

  convert(command: CommandContext, leadId: string, input: ConvertLeadInput): Promise<Lead> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const lead = await this.guard.loadForChange(command, manager, leadId);
      const done = lead.conversion;
      // A second conversion is a conflict, not a wrong step: the client may have retried.
      if (lead.status === LeadStatus.CONVERTED) {
        throw new ConflictError(
          `Lead ${lead.id} was already converted on ${done.convertedAt?.toISOString()} into account ${done.accountId}: a lead is converted once.`,
          { accountId: done.accountId, opportunityId: done.opportunityId },
        );
      }
      leadLifecycle.assert(lead.status, LeadStatus.CONVERTED);
      if (!lead.ownerId) {
        throw new LeadException(
          LeadExceptionCode.LEAD_UNASSIGNED,
          'Assign the lead to a rep before converting it: the rep owns the new account and opportunity.',
        );
      }
      const segment = input.segment ?? lead.segment;
      if (!segment)
        throw new BadInputError(
          'segment is required: the lead has none, and the new account needs one.',
          { field: 'segment' },
        );
      if (input.opportunity.amount == null)
        throw new BadInputError('opportunity.amount is required: what is the first deal worth?', {
          field: 'opportunity.amount',
        });

      const existing = await this.existingAccount(manager, lead, input.existingAccountId);

      const events = eventContextOf(command);
      const now = command.clock.now();
      Object.assign(lead, { status: LeadStatus.CONVERTED, segment, nextFollowUpAt: null });
      Object.assign(lead.conversion, {
        convertedAt: now,
        accountId: existing?.accountId ?? randomUUID(),
        contactId: randomUUID(),
        opportunityId: randomUUID(),
        // An existing account needs no confirmation: no AccountCreated will come.
        accountConfirmedAt: existing ? now : null,
      });
      await manager.save(lead);
      await this.outbox.append(
        manager,
        LeadConverted,
        {
          ...this.convertedData(lead, input),
          ...(existing ? { existingAccount: true } : {}),
          consent: await this.consents.decisionsInForce(manager, lead.id),
        },
        events,
      );
      await this.opportunities.open(command, manager, {
        id: lead.conversion.opportunityId as string,
        accountId: lead.conversion.accountId as string,
        leadId: lead.id,
        ownerId: lead.ownerId,
        stage: OpportunityStage.QUALIFICATION,
        terms: { ...input.opportunity, name: input.opportunity.name ?? lead.company },
      });
      return lead;
    });
  }

  /**
   * The account to convert into: the one asked for (which the account
   * directory must know), else none; but a lead whose domain is an existing
   * account's is not converted into a second account for the same company:
   * ACCOUNT_EXISTS names the account to convert into instead.
   */
  private async existingAccount(
    manager: EntityManager,
    lead: Lead,
    existingAccountId: string | undefined,
  ): Promise<AccountOwner | null> {
    if (existingAccountId) {
      const account = await this.directory.ownerOf(manager, existingAccountId);
      if (!account)
        throw new BadInputError(`Account ${existingAccountId} is not known.`, {
          field: 'existingAccountId',
        });
      return account;
    }
    const match = await this.signals.match(manager, lead);
    if (match)
      throw new DomainError(
        'ACCOUNT_EXISTS',
        `${lead.company} is a customer already: account "${match.account.name}" has the domain ${match.domain}. ` +
          'Convert the lead into it (existingAccountId) instead of opening a second account.',
        {
          accountId: match.account.accountId,
          accountName: match.account.name,
          domain: match.domain,
        },
      );
    return null;
  }

  /**
   * The account service's AccountCreated for a converted lead: the account
   * exists. Safe to receive twice; one that contradicts the lead is refused.
   */
  async confirmAccount(command: CommandContext, data: AccountCreatedData): Promise<void> {
    if (data.origin !== 'LEAD_CONVERSION' || !data.leadId) return;
    await inTransaction(this.dataSource, command, (manager) =>
      this.confirm(command, manager, data.leadId!, data),
    );
  }

  private async confirm(
    command: CommandContext,
    manager: EntityManager,
    leadId: string,
    data: AccountCreatedData,
  ): Promise<void> {
    const lead = await manager.findOne(Lead, {
      where: { id: leadId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!lead)
      throw new RejectedEventError(
        `AccountCreated ${data.accountId} names lead ${data.leadId}, which this service does not know.`,
      );
    if (lead.conversion.accountId !== data.accountId) {
      throw new RejectedEventError(
        `AccountCreated ${data.accountId} names lead ${data.leadId}, which was converted into account ${lead.conversion.accountId ?? '(none)'}.`,
      );
    }
    if (lead.conversion.accountConfirmedAt) return;
    lead.conversion.accountConfirmedAt = command.clock.now();
    await manager.save(lead);
  }

  private convertedData(lead: Lead, input: ConvertLeadInput) {
    const optional = <T>(key: string, value: T | null | undefined) =>
      value != null ? { [key]: value } : {};
    return {
      leadId: lead.id,
      accountId: lead.conversion.accountId as string,
      contactId: lead.conversion.contactId as string,
      opportunityId: lead.conversion.opportunityId as string,
      ownerId: lead.ownerId as string,
      ...optional('externalId', lead.externalId),
      company: {
        name: lead.company,
        segment: lead.segment as NonNullable<Lead['segment']>,
        ...optional('domain', lead.companyDomain),
        ...optional('industry', input.industry),
        ...optional('country', lead.country),
      },
      contact: {
        name: lead.contactName,
        ...optional('email', lead.email),
        ...optional('phone', lead.phone),
        ...optional('title', input.contactTitle),
      },
      convertedAt: (lead.conversion.convertedAt as Date).toISOString(),
    };
  }
}

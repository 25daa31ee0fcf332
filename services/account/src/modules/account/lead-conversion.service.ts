import type { ConsentChannel, ConsentDecision, LeadConvertedData } from '@salesgraph/events';
import { normaliseDomain } from '@salesgraph/account-directory';
import { inTransaction, type CommandContext } from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { ContactConsentService } from '../consent/contact-consent.service';
import { Contact } from '../contact/contact.entity';
import type { ContactService } from '../contact/contact.service';
import type { HealthService } from '../health/health.service';
import { Account } from './account.entity';
import type { AccountOpener } from './account-opener';
import {
  firstContactFromLead,
  leadConversionRule,
  newAccountFromLead,
  type ConversionDecision,
} from './lead-conversion.rule';

/** Applies the lead conversion rule: opens the account and its first contact, or says why not. */
export class LeadConversionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly opener: AccountOpener,
    private readonly contacts: ContactService,
    private readonly consents: ContactConsentService,
    private readonly health: HealthService,
  ) {}

  /** In the handler's transaction: the account and the inbox row commit together. */
  convert(command: CommandContext, lead: LeadConvertedData): Promise<ConversionDecision> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const domain = normaliseDomain(lead.company.domain);
      const decision = leadConversionRule(lead, {
        accountWithId: await manager.findOneBy(Account, { id: lead.accountId }),
        accountOfLead: await manager.findOneBy(Account, { leadId: lead.leadId }),
        contactExists: await manager.existsBy(Contact, { id: lead.contactId }),
        accountWithDomain: domain ? await manager.findOneBy(Account, { domain }) : null,
      });
      if (decision.kind === 'ATTACH') {
        await this.firstContact(command, manager, lead);
        await this.health.recompute(command, manager, lead.accountId);
        return decision;
      }
      if (decision.kind !== 'OPEN') return decision;
      await this.opener.open(command, manager, newAccountFromLead(lead));
      await this.firstContact(command, manager, lead);
      await this.health.recompute(command, manager, lead.accountId);
      return decision;
    });
  }

  /** The lead's person as a contact, with the consent they gave or withdrew as a lead. */
  private async firstContact(
    command: CommandContext,
    manager: EntityManager,
    lead: LeadConvertedData,
  ): Promise<void> {
    const contact = await this.contacts.insert(command, manager, firstContactFromLead(lead));
    // Channels the lead's person decided alike (one form, one call) stay one decision: one event.
    const decisions = new Map<string, { decision: ConsentDecision; channels: ConsentChannel[] }>();
    for (const decision of lead.consent ?? []) {
      const key = JSON.stringify([
        decision.given,
        decision.recordedBy,
        decision.effectiveAt,
        decision.note ?? null,
      ]);
      const alike = decisions.get(key);
      if (alike) alike.channels.push(decision.channel);
      else decisions.set(key, { decision, channels: [decision.channel] });
    }
    for (const { decision, channels } of decisions.values())
      await this.consents.recordWithin(command, manager, contact, {
        channels,
        given: decision.given,
        source: 'LEAD_CONVERSION',
        recordedBy: decision.recordedBy,
        effectiveAt: new Date(decision.effectiveAt),
        note: decision.note,
      });
  }
}

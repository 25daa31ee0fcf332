import type { LeadConvertedData } from '@salesgraph/events';
import { normaliseDomain } from '@salesgraph/account-directory';
import { inTransaction, type CommandContext } from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
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
        await this.contacts.insert(command, manager, firstContactFromLead(lead));
        await this.health.recompute(command, manager, lead.accountId);
        return decision;
      }
      if (decision.kind !== 'OPEN') return decision;
      await this.opener.open(command, manager, newAccountFromLead(lead));
      await this.contacts.insert(command, manager, firstContactFromLead(lead));
      await this.health.recompute(command, manager, lead.accountId);
      return decision;
    });
  }
}

import { LeadConverted } from '@salesgraph/events';
import { on, RejectedEventError } from '@salesgraph/messaging';
import { BuyingRole } from '../../contact/buying-role';
import { Contact } from '../../contact/contact.entity';
import type { ContactService } from '../../contact/contact.service';
import type { HealthService } from '../../health/health.service';
import { AccountOrigin, AccountTier, type AccountSegment } from '../account-enums';
import { Account } from '../account.entity';
import type { AccountOpener } from '../account-opener';

/**
 * A converted lead becomes a standard account owned by the converting rep,
 * with the lead's contact as its first contact. The lead service chose both
 * ids, so a redelivered event (past the inbox, e.g. after a replay) finds the
 * account it already made and changes nothing. AccountCreated with `leadId`
 * is the confirmation the lead service waits for.
 *
 * The lead does not know the contact's buying role: a rep's first contact is
 * normally the purchasing manager they deal with, so that is the default, to
 * be corrected on the account.
 */
export function accountOnLeadConverted(
  opener: AccountOpener,
  contacts: ContactService,
  health: HealthService,
) {
  return on(LeadConverted, async (event, { manager, eventContext }) => {
    const lead = event.data;
    const existing = await manager.findOneBy(Account, { id: lead.accountId });
    if (existing) {
      if (existing.leadId === lead.leadId) return;
      throw new RejectedEventError(
        `account ${lead.accountId} exists already and was not created from lead ${lead.leadId}`,
      );
    }
    const converted = await manager.findOneBy(Account, { leadId: lead.leadId });
    if (converted)
      throw new RejectedEventError(
        `lead ${lead.leadId} was converted before, into account ${converted.id}`,
      );
    if (await manager.existsBy(Contact, { id: lead.contactId }))
      throw new RejectedEventError(`contact ${lead.contactId} exists already on another account`);

    await opener.open(
      manager,
      {
        id: lead.accountId,
        name: lead.company.name,
        domain: lead.company.domain?.toLowerCase() ?? null,
        industry: lead.company.industry ?? null,
        // the contract's Segment has exactly the values of AccountSegment
        segment: lead.company.segment as AccountSegment,
        tier: AccountTier.STANDARD,
        ownerId: lead.ownerId,
        origin: AccountOrigin.LEAD_CONVERSION,
        leadId: lead.leadId,
      },
      eventContext,
    );
    await contacts.insert(
      manager,
      {
        id: lead.contactId,
        accountId: lead.accountId,
        name: lead.contact.name,
        title: lead.contact.title ?? null,
        email: lead.contact.email ?? null,
        phone: lead.contact.phone ?? null,
        buyingRole: BuyingRole.PURCHASING_MANAGER,
        influence: 3,
        relationshipStrength: 2,
        lastInteractionAt: new Date(lead.convertedAt),
      },
      eventContext,
    );
    await health.recompute(manager, lead.accountId, eventContext);
  });
}

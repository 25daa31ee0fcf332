import type { LeadConvertedData } from '@salesgraph/events';
import { normaliseDomain } from '@salesgraph/account-directory';
import { BuyingRole } from '../contact/buying-role';
import type { NewContact } from '../contact/contact.entity';
import { AccountOrigin, AccountTier, type AccountSegment } from './account-enums';
import type { NewAccount } from './account-opener';

/**
 * What a converted lead becomes: a standard account owned by the converting
 * rep, with the lead's contact as its first contact. The lead service chose
 * both ids, so a redelivered event (past the inbox, e.g. after a replay)
 * finds the account it already made and changes nothing; anything else that
 * already holds those ids contradicts the conversion, which is refused (and
 * dead-lettered) rather than guessed at. AccountCreated with `leadId` is the
 * confirmation the lead service waits for.
 */
export interface ConversionFacts {
  /** The account that has the event's account id, if there is one. */
  accountWithId: { leadId: string | null } | null;
  /** An account made from this lead before, if there is one. */
  accountOfLead: { id: string } | null;
  /** Whether a contact has the event's contact id. */
  contactExists: boolean;
  /** An account other than the event's that has the lead's domain already, if any. */
  accountWithDomain?: { id: string; name: string } | null;
}

export type ConversionDecision =
  | { kind: 'OPEN' }
  | { kind: 'ATTACH' }
  | { kind: 'ALREADY_OPEN' }
  | { kind: 'REFUSE'; reason: string };

/**
 * Into an existing account (`existingAccount`): the account must exist, and
 * the contact joins it (ATTACH) unless it did already. Into a new one: its
 * domain must be nobody else's, since accounts carry a unique domain.
 */
export function leadConversionRule(
  lead: Pick<LeadConvertedData, 'leadId' | 'accountId' | 'contactId' | 'existingAccount'>,
  facts: ConversionFacts,
): ConversionDecision {
  if (lead.existingAccount) {
    if (!facts.accountWithId)
      return {
        kind: 'REFUSE',
        reason: `lead ${lead.leadId} was converted into account ${lead.accountId}, which does not exist`,
      };
    return facts.contactExists ? { kind: 'ALREADY_OPEN' } : { kind: 'ATTACH' };
  }
  if (facts.accountWithId)
    return facts.accountWithId.leadId === lead.leadId
      ? { kind: 'ALREADY_OPEN' }
      : {
          kind: 'REFUSE',
          reason: `account ${lead.accountId} exists already and was not created from lead ${lead.leadId}`,
        };
  if (facts.accountOfLead)
    return {
      kind: 'REFUSE',
      reason: `lead ${lead.leadId} was converted before, into account ${facts.accountOfLead.id}`,
    };
  if (facts.contactExists)
    return {
      kind: 'REFUSE',
      reason: `contact ${lead.contactId} exists already on another account`,
    };
  if (facts.accountWithDomain)
    return {
      kind: 'REFUSE',
      reason: `the lead's domain belongs to account ${facts.accountWithDomain.id} ("${facts.accountWithDomain.name}") already: convert the lead into it`,
    };
  return { kind: 'OPEN' };
}

export function newAccountFromLead(lead: LeadConvertedData): NewAccount {
  return {
    id: lead.accountId,
    name: lead.company.name,
    domain: normaliseDomain(lead.company.domain),
    industry: lead.company.industry ?? null,
    // the contract's Segment has exactly the values of AccountSegment
    segment: lead.company.segment as AccountSegment,
    tier: AccountTier.STANDARD,
    ownerId: lead.ownerId,
    origin: AccountOrigin.LEAD_CONVERSION,
    leadId: lead.leadId,
  };
}

/**
 * The lead does not know the contact's buying role: a rep's first contact is
 * normally the purchasing manager they deal with, so that is the default, to
 * be corrected on the account. Converting counts as an interaction.
 */
export function firstContactFromLead(lead: LeadConvertedData): NewContact {
  return {
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
  };
}

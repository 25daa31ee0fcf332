import type { LeadConvertedData } from '@salesgraph/events';
import {
  firstContactFromLead,
  leadConversionRule,
  newAccountFromLead,
} from '../lead-conversion.rule';

const lead: LeadConvertedData = {
  leadId: 'l-1',
  accountId: 'a-1',
  contactId: 'c-1',
  opportunityId: 'o-1',
  ownerId: 'u-rep-rita',
  company: { name: 'Acme', domain: 'Acme.example', industry: 'Machinery', segment: 'MEDIUM' },
  contact: { name: 'Jo Buyer', email: 'jo@acme.example' },
  convertedAt: '2026-03-01T10:00:00.000Z',
};
const nothing = { accountWithId: null, accountOfLead: null, contactExists: false };

describe('lead conversion rule', () => {
  it('opens an account when nothing holds the ids yet', () => {
    expect(leadConversionRule(lead, nothing)).toEqual({ kind: 'OPEN' });
  });

  it('changes nothing when the account was made from this lead already', () => {
    expect(leadConversionRule(lead, { ...nothing, accountWithId: { leadId: 'l-1' } })).toEqual({
      kind: 'ALREADY_OPEN',
    });
  });

  it('refuses what contradicts the conversion, saying what', () => {
    const refusals = [
      leadConversionRule(lead, { ...nothing, accountWithId: { leadId: 'l-2' } }),
      leadConversionRule(lead, { ...nothing, accountWithId: { leadId: null } }),
      leadConversionRule(lead, { ...nothing, accountOfLead: { id: 'a-9' } }),
      leadConversionRule(lead, { ...nothing, contactExists: true }),
    ];
    expect(refusals).toEqual([
      { kind: 'REFUSE', reason: 'account a-1 exists already and was not created from lead l-1' },
      { kind: 'REFUSE', reason: 'account a-1 exists already and was not created from lead l-1' },
      { kind: 'REFUSE', reason: 'lead l-1 was converted before, into account a-9' },
      { kind: 'REFUSE', reason: 'contact c-1 exists already on another account' },
    ]);
  });

  it('attaches the contact to an existing account when the lead converted into one', () => {
    const into = { ...lead, existingAccount: true };
    expect(leadConversionRule(into, { ...nothing, accountWithId: { leadId: null } })).toEqual({
      kind: 'ATTACH',
    });
    expect(
      leadConversionRule(into, {
        ...nothing,
        accountWithId: { leadId: null },
        contactExists: true,
      }),
    ).toEqual({ kind: 'ALREADY_OPEN' });
    expect(leadConversionRule(into, nothing)).toEqual({
      kind: 'REFUSE',
      reason: 'lead l-1 was converted into account a-1, which does not exist',
    });
  });

  it('refuses a second account for a domain that is another account’s', () => {
    expect(
      leadConversionRule(lead, { ...nothing, accountWithDomain: { id: 'a-7', name: 'Acme AG' } }),
    ).toEqual({
      kind: 'REFUSE',
      reason:
        'the lead\'s domain belongs to account a-7 ("Acme AG") already: convert the lead into it',
    });
  });

  it('makes a standard account of the rep, and a purchasing manager its first contact', () => {
    expect(newAccountFromLead(lead)).toMatchObject({
      id: 'a-1',
      domain: 'acme.example',
      tier: 'STANDARD',
      ownerId: 'u-rep-rita',
      origin: 'LEAD_CONVERSION',
      leadId: 'l-1',
    });
    expect(firstContactFromLead(lead)).toEqual({
      id: 'c-1',
      accountId: 'a-1',
      name: 'Jo Buyer',
      title: null,
      email: 'jo@acme.example',
      phone: null,
      buyingRole: 'PURCHASING_MANAGER',
      influence: 3,
      relationshipStrength: 2,
      lastInteractionAt: new Date('2026-03-01T10:00:00.000Z'),
    });
  });
});

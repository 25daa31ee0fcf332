import { randomUUID } from 'node:crypto';
import { DemoUsers } from '@salesgraph/demo-data';
import { errorCode } from '@salesgraph/testing';
import { asUser } from './support/e2e-client';
import { leadToPlacedOrder } from './support/lead-to-order';
import { demoUser, graph, graphEventually } from './support/platform';

type ConsentRecord = { channel: string; given: boolean; source: string; recordedBy: string };
type Touchpoint = { id: string; channel: string; status: string };

const consentFields = 'channel given source recordedBy';
const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const plan = `mutation($i: PlanTouchpointInput!) { planTouchpoint(input: $i) { id channel status } }`;
const record = `mutation($i: RecordContactConsentInput!) {
  recordContactConsent(input: $i) { id consent { ${consentFields} } consentHistory { ${consentFields} } }
}`;

/**
 * Consent per channel, through the one graph: marketing's answer follows the
 * person from lead to account contact, and a withdrawal recorded on a
 * contact stops the communication plan on that channel and tells the
 * account's owner, from the events alone.
 */
describe('consent per channel', () => {
  it('carries the consent marketing recorded on the lead over to the account contact', async () => {
    const { leadId, repId, accountId } = await leadToPlacedOrder();
    const rep = demoUser(repId);
    const { lead } = await graph<{ lead: { consent: ConsentRecord[]; consentToContact: boolean } }>(
      rep,
      `query($id: ID!) { lead(id: $id) { consentToContact consent { ${consentFields} } } }`,
      { id: leadId },
    );
    expect(lead.consentToContact).toBe(true);
    expect(lead.consent.map((c) => [c.channel, c.given, c.source]).sort()).toEqual([
      ['EMAIL', true, 'MARKETING_FORM'],
      ['MARKETING', true, 'MARKETING_FORM'],
      ['PHONE', true, 'MARKETING_FORM'],
      ['VISIT', true, 'MARKETING_FORM'],
    ]);

    const { account } = await graphEventually<{
      account: { contacts: Array<{ consent: ConsentRecord[] }> };
    }>(
      rep,
      `query($id: ID!) { account(id: $id) { contacts { consent { ${consentFields} } } } }`,
      { id: accountId },
      (d) => d.account.contacts.some((c) => c.consent.length === 4),
      "the contact's consent from the conversion",
    );
    const [contact] = account.contacts;
    expect(contact.consent.every((c) => c.given && c.source === 'LEAD_CONVERSION')).toBe(true);
    // Who recorded it stays marketing, not the service that copied it.
    expect(new Set(contact.consent.map((c) => c.recordedBy))).toEqual(new Set(['marketing']));
  });

  it("cancels the plan on a withdrawn channel, refuses new touchpoints on it and tells the account's owner", async () => {
    const { createAccount } = await graph<{ createAccount: { id: string } }>(
      'rep',
      'mutation($n: String!) { createAccount(input: { name: $n, segment: SMALL }) { id } }',
      { n: `Einwilligung ${randomUUID().slice(0, 8)} AG` },
    );
    const accountId = createAccount.id;
    const { addContact } = await graph<{ addContact: { id: string } }>(
      'rep',
      'mutation($a: ID!) { addContact(input: { accountId: $a, name: "Ines Vogt", title: "Head of Purchasing", buyingRole: PURCHASING_MANAGER, influence: 4 }) { id } }',
      { a: accountId },
    );
    const contactId = addContact.id;
    const touchpoint = (channel: string) => ({
      i: {
        accountId,
        contactId,
        channel,
        cadence: 'MONTHLY',
        purpose: `Monthly ${channel.toLowerCase()} on deliveries`,
        nextDate: inDays(7),
      },
    });
    const email = (await graph<{ planTouchpoint: Touchpoint }>('rep', plan, touchpoint('EMAIL')))
      .planTouchpoint;
    const phone = (await graph<{ planTouchpoint: Touchpoint }>('rep', plan, touchpoint('PHONE')))
      .planTouchpoint;

    // The rep's manager records it: the owner did not, so the owner is told.
    const { recordContactConsent } = await graph<{
      recordContactConsent: { consent: ConsentRecord[]; consentHistory: ConsentRecord[] };
    }>('manager', record, {
      i: { contactId, channels: ['EMAIL'], given: false, source: 'PHONE_CALL' },
    });
    expect(recordContactConsent.consent).toEqual([
      { channel: 'EMAIL', given: false, source: 'PHONE_CALL', recordedBy: DemoUsers.manager.id },
    ]);
    expect(recordContactConsent.consentHistory).toHaveLength(1);

    const { account } = await graph<{ account: { communicationPlan: Touchpoint[] } }>(
      'rep',
      'query($id: ID!) { account(id: $id) { communicationPlan(includeClosed: true) { id channel status } } }',
      { id: accountId },
    );
    const statusOf = (id: string) => account.communicationPlan.find((t) => t.id === id)?.status;
    expect(statusOf(email.id)).toBe('CANCELLED');
    expect(statusOf(phone.id)).toBe('PLANNED');

    expect(errorCode(await asUser('rep', plan, touchpoint('EMAIL')))).toBe('CONSENT_WITHDRAWN');
    // Another channel is still open.
    expect(
      (await graph<{ planTouchpoint: Touchpoint }>('rep', plan, touchpoint('VISIT'))).planTouchpoint
        .status,
    ).toBe('PLANNED');

    const feed = await graphEventually<{
      notifications: { items: Array<{ kind: string; subjectId: string; body: string }> };
    }>(
      'rep',
      'query { notifications(kinds: [CONTACT_CONSENT_WITHDRAWN]) { items { kind subjectId body } } }',
      {},
      (d) => d.notifications.items.some((n) => n.subjectId === contactId),
      "the withdrawal in the owner's feed",
    );
    const told = feed.notifications.items.filter((n) => n.subjectId === contactId);
    expect(told).toHaveLength(1);
    expect(told[0].body).toMatch(/by e-mail; 1 planned touchpoint/);
  });
});

import { randomUUID } from 'node:crypto';
import { DemoProducts } from '@salesgraph/demo-data';
import { errorCode } from '@salesgraph/testing';
import { asUser } from './support/e2e-client';
import { graph, graphEventually } from './support/platform';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

type History = Array<{ eventType: string; actorId: string; data: Record<string, unknown> }>;

/**
 * Issue 14, as a rep lives it: correcting what was entered on a lead and an
 * account, with every change in the record's history, and finding records
 * again by search, with a count, across the services that hold them.
 */
describe('editing what people entered, and finding it again', () => {
  const tag = randomUUID().slice(0, 8);

  it('corrects a lead and plans its follow-up; the history tells who changed what', async () => {
    const { createLead } = await graph<{ createLead: { id: string; version: number } }>(
      'rep',
      'mutation($c: String!) { createLead(input: { company: $c, contactName: "Jo Typo" }) { id version } }',
      { c: `Edit Werke ${tag}` },
    );
    const { updateLead } = await graph<{ updateLead: { version: number; contactName: string } }>(
      'rep',
      'mutation($i: UpdateLeadInput!) { updateLead(input: $i) { version contactName } }',
      {
        i: {
          leadId: createLead.id,
          expectedVersion: createLead.version,
          contactName: 'Jo Typ',
          email: `jo@edit-werke-${tag}.example`,
          segment: 'MEDIUM',
        },
      },
    );
    expect(updateLead).toEqual({ version: createLead.version + 1, contactName: 'Jo Typ' });
    // Someone working from the old version is told, not overwritten.
    const stale = await asUser(
      'manager',
      'mutation($i: UpdateLeadInput!) { updateLead(input: $i) { id } }',
      { i: { leadId: createLead.id, expectedVersion: createLead.version, segment: 'LARGE' } },
    );
    expect(errorCode(stale)).toBe('CONFLICT');

    const followUp = inDays(4);
    await graph(
      'rep',
      'mutation($id: ID!, $at: DateTimeISO) { planLeadFollowUp(leadId: $id, at: $at) { id } }',
      { id: createLead.id, at: followUp },
    );
    const { lead } = await graph<{ lead: { nextFollowUpAt: string; history: History } }>(
      'rep',
      'query($id: ID!) { lead(id: $id) { nextFollowUpAt history { eventType actorId data } } }',
      { id: createLead.id },
    );
    expect(new Date(lead.nextFollowUpAt).toISOString()).toBe(followUp);
    const changes = lead.history.filter((h) =>
      ['lead.LeadUpdated.v1', 'lead.LeadFollowUpPlanned.v1'].includes(h.eventType),
    );
    expect(changes).toEqual([
      {
        eventType: 'lead.LeadUpdated.v1',
        actorId: 'u-rep-rita',
        data: expect.objectContaining({ changedFields: ['contactName', 'email', 'segment'] }),
      },
      {
        eventType: 'lead.LeadFollowUpPlanned.v1',
        actorId: 'u-rep-rita',
        data: expect.objectContaining({ source: 'PLANNED', nextFollowUpAt: followUp }),
      },
    ]);

    // Found again by a word of the corrected e-mail, with a count.
    const found = await graph<{ leadList: { total: number; items: Array<{ id: string }> } }>(
      'rep',
      'query($s: String!) { leadList(search: $s) { total items { id } } }',
      { s: `edit-werke-${tag}` },
    );
    expect(found.leadList).toEqual({ total: 1, items: [{ id: createLead.id }] });
  });

  it('renames an account; its orders are found by the new name, in the order service too', async () => {
    const { createAccount } = await graph<{ createAccount: { id: string; version: number } }>(
      'rep',
      'mutation($n: String!) { createAccount(input: { name: $n, segment: SMALL }) { id version } }',
      { n: `Alt Name ${tag}` },
    );
    await graphEventually(
      'rep',
      'mutation($a: ID!, $p: ID!) { createOrder(input: { accountId: $a, lines: [{ productId: $p, quantity: "2" }] }) { id } }',
      { a: createAccount.id, p: DemoProducts.valve.id },
      () => true,
      'the order service to learn that Rita owns the account',
    );
    const newName = `Neuer Name ${tag} KG`;
    const { updateAccount } = await graph<{
      updateAccount: { name: string; domain: string; history: History };
    }>(
      'rep',
      'mutation($i: UpdateAccountInput!) { updateAccount(input: $i) { name domain history { eventType actorId data } } }',
      {
        i: {
          accountId: createAccount.id,
          expectedVersion: createAccount.version,
          name: newName,
          domain: `www.neuer-name-${tag}.example`,
        },
      },
    );
    expect(updateAccount).toMatchObject({ name: newName, domain: `neuer-name-${tag}.example` });
    expect(updateAccount.history.at(-1)).toMatchObject({
      eventType: 'account.AccountUpdated.v1',
      actorId: 'u-rep-rita',
      data: { changedFields: ['name', 'domain'] },
    });

    const accounts = await graph<{ accountList: { total: number; items: Array<{ id: string }> } }>(
      'rep',
      'query($s: String!) { accountList(search: $s) { total items { id } } }',
      { s: `neuer-name-${tag}` },
    );
    expect(accounts.accountList).toEqual({ total: 1, items: [{ id: createAccount.id }] });
    // The order service's directory follows AccountUpdated: a coordinator finds the order by the new name.
    const orders = await graphEventually<{
      orderList: { total: number; items: Array<{ accountId: string }> };
    }>(
      'coordinator',
      'query($s: String!) { orderList(search: $s) { total items { accountId } } }',
      { s: `neuer name ${tag}` },
      (d) => d.orderList.total === 1,
      'the order service to know the account’s new name',
    );
    expect(orders.orderList.items).toEqual([{ accountId: createAccount.id }]);
  });
});

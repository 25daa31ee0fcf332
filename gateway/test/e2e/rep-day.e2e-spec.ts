import { AccountCreated, LeadConverted, Topics } from '@salesgraph/events';
import { DemoProducts } from '@salesgraph/demo-data';
import { collectMessages, stillTrueAfter, testBroker, waitFor } from '@salesgraph/testing';
import {
  brokerTopic,
  demoUser,
  graph,
  graphEventually,
  handledBy,
  marketingLead,
  publishMarketingLead,
} from './support/platform';

/**
 * A day in the life of a sales rep: a lead from marketing is assigned by the
 * rules, worked, qualified and converted; the account service creates the
 * customer exactly once; the rep then takes the first order.
 */
describe('a sales rep, from lead to conversion and order', () => {
  const broker = testBroker();
  afterAll(() => broker.disconnect());

  it('works a marketing lead to a customer account and its first order', async () => {
    const data = marketingLead({ country: 'DE' });
    await publishMarketingLead(data);

    // The seeded DACH rule gives German leads to a rep of team North, whose manager is Mia.
    const { leads } = await graphEventually<{
      leads: Array<{ id: string; ownerId: string | null; status: string }>;
    }>(
      'manager',
      'query($c: String) { leads(filter: { campaign: $c }) { id ownerId status } }',
      { c: data.campaign },
      (d) => d.leads.length === 1 && d.leads[0].ownerId !== null,
      'the lead to be captured and assigned',
    );
    const lead = leads[0];
    expect(['u-rep-rita', 'u-rep-raj']).toContain(lead.ownerId);
    const rep = demoUser(lead.ownerId!);
    expect(
      (
        await graph<{ me: { leads: Array<{ id: string }> } }>(
          rep,
          '{ me { leads(limit: 200) { id } } }',
        )
      ).me.leads.map((l) => l.id),
    ).toContain(lead.id);

    await graph(rep, 'mutation($id: ID!) { markLeadContacted(id: $id) { status } }', {
      id: lead.id,
    });
    await graph(
      rep,
      'mutation($id: ID!) { logLeadActivity(leadId: $id, input: { type: CALL, outcome: INTERESTED, notes: "wants a quote", nextFollowUpAt: "2030-01-01T09:00:00Z" }) { id } }',
      { id: lead.id },
    );
    await graph(rep, 'mutation($id: ID!) { qualifyLead(id: $id) { status } }', { id: lead.id });
    const converted = await graph<{
      convertLead: { status: string; conversion: { accountId: string; opportunityId: string } };
    }>(
      rep,
      `mutation($id: ID!, $p: ID!) {
        convertLead(id: $id, input: { opportunity: { amount: "24990.00", products: [{ productId: $p, quantity: 100 }] } }) {
          status conversion { accountId opportunityId }
        }
      }`,
      { id: lead.id, p: DemoProducts.valve.id },
    );
    const { accountId } = converted.convertLead.conversion;

    // The account service creates the customer from LeadConverted and confirms it back.
    const confirmed = await graphEventually<{
      lead: {
        conversion: { accountConfirmedAt: string | null };
        account: {
          id: string;
          name: string;
          ownerId: string;
          contacts: Array<{ name: string; email: string }>;
        } | null;
      };
    }>(
      rep,
      'query($id: ID!) { lead(id: $id) { conversion { accountConfirmedAt } account { id name ownerId contacts { name email } } } }',
      { id: lead.id },
      (d) => d.lead.conversion.accountConfirmedAt !== null && d.lead.account !== null,
      'the account service to create and confirm the account',
    );
    expect(confirmed.lead.account).toMatchObject({
      id: accountId,
      name: data.company,
      ownerId: rep.id,
    });
    expect(confirmed.lead.account!.contacts).toEqual([
      { name: data.contactName, email: data.email },
    ]);

    // LeadConverted delivered twice: still one account, one AccountCreated.
    const leadEvents = await collectMessages(broker, brokerTopic(Topics.lead));
    const accountEvents = await collectMessages(broker, brokerTopic(Topics.account));
    try {
      const conversion = await waitFor(
        () =>
          leadEvents.messages.find(
            (m) => m.key === lead.id && m.headers.ce_type === LeadConverted.type,
          ),
        {
          what: 'the LeadConverted event on the lead topic',
        },
      );
      await broker
        .producer()
        .send(brokerTopic(Topics.lead), [
          { key: conversion.key!, value: conversion.value!, headers: conversion.headers },
        ]);
      const createdFor = () =>
        accountEvents.messages.filter(
          (m) => m.key === accountId && m.headers.ce_type === AccountCreated.type,
        ).length;
      // Once the account service has handled the copy, a second AccountCreated would follow
      // through its relay.
      const copy = await waitFor(
        () =>
          leadEvents.messages.filter(
            (m) => m.key === lead.id && m.headers.ce_type === LeadConverted.type,
          )[1],
        { what: 'the redelivered LeadConverted on the lead topic' },
      );
      await handledBy(broker, 'account', copy);
      await waitFor(() => createdFor() >= 1, { what: 'AccountCreated' });
      expect(await stillTrueAfter(2_000, () => createdFor() === 1)).toBe(true);
      const search = await graph<{ accounts: Array<{ id: string }> }>(
        'admin',
        'query($s: String) { accounts(search: $s) { id } }',
        { s: data.company },
      );
      expect(search.accounts).toEqual([{ id: accountId }]);
    } finally {
      await leadEvents.close();
      await accountEvents.close();
    }

    // The opportunity is on the account; the rep takes the first order once order knows the account.
    const account = await graph<{
      account: { opportunities: Array<{ stage: string; amount: string }> };
    }>(rep, 'query($id: ID!) { account(id: $id) { opportunities { stage amount } } }', {
      id: accountId,
    });
    expect(account.account.opportunities).toEqual([{ stage: 'QUALIFICATION', amount: '24990.00' }]);

    const created = await graphEventually<{
      createOrder: { id: string; version: number; totalNet: string; status: string };
    }>(
      rep,
      'mutation($a: ID!, $p: ID!) { createOrder(input: { accountId: $a, lines: [{ productId: $p, quantity: "100", discountPercent: "5" }] }) { id version totalNet status } }',
      { a: accountId, p: DemoProducts.valve.id },
      () => true,
      'the order service to know the new account',
    );
    // 100 × 249.90 × 0.95 = 23740.50
    expect(created.createOrder).toMatchObject({ status: 'DRAFT', totalNet: '23740.50' });
    const placed = await graph<{ placeOrder: { status: string } }>(
      rep,
      'mutation($id: ID!, $v: Int!) { placeOrder(orderId: $id, expectedVersion: $v) { status } }',
      {
        id: created.createOrder.id,
        v: created.createOrder.version,
      },
    );
    expect(placed.placeOrder.status).toBe('PLACED');

    const view = await graph<{
      me: { orders: Array<{ id: string }> };
      account: { orders: Array<{ status: string; totalNet: string }> };
    }>(
      rep,
      'query($id: ID!) { me { orders { id } } account(id: $id) { orders { status totalNet } } }',
      { id: accountId },
    );
    expect(view.me.orders.map((o) => o.id)).toContain(created.createOrder.id);
    expect(view.account.orders).toEqual([{ status: 'PLACED', totalNet: '23740.50' }]);
  });
});

import { randomUUID } from 'node:crypto';
import { DemoProducts, DemoUsers } from '@salesgraph/demo-data';
import { Exact, toCents } from '@salesgraph/service-kit';
import { OpportunityWon, Topics } from '@salesgraph/events';
import { collectMessages, errorCode, testBroker, waitFor } from '@salesgraph/testing';
import { asUser } from './support/e2e-client';
import { brokerTopic, graph, graphEventually, handledBy } from './support/platform';

type Line = {
  productId: string;
  quantity: string;
  unitPrice: string;
  discountPercent: string;
  netAmount: string;
};
type QuoteView = {
  id: string;
  quoteNumber: string;
  status: string;
  version: number;
  orderId: string | null;
  current: { totalNet: string; lines: Line[] };
};

const quoteFields =
  'id quoteNumber status version orderId current { totalNet lines { productId quantity unitPrice discountPercent netAmount } }';

/**
 * Issue 15, must show: from an opportunity to attainment through a quote.
 * Rita quotes a deep discount, which waits for Mia's approval before it can
 * be sent; the customer accepts, the quote becomes a placed order and wins
 * the opportunity with the quote's amount; order administration confirms,
 * fulfils and invoices it; Rita's attainment grows by exactly that amount.
 * The amounts agree to the cent at every step, and equal the sum worked out
 * here from the list prices.
 */
describe('a quote, from its opportunity to attainment', () => {
  const broker = testBroker();
  afterAll(() => broker.disconnect());
  const { valve, valveXl } = DemoProducts;
  const today = new Date().toISOString().slice(0, 10);
  const month = `${today.slice(0, 8)}01`;
  const validUntil = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  // 10 valves at 35% off and 3 large valves at a negotiated 470.00, worked out by hand.
  const valveNet = toCents(new Exact(valve.listPrice).times(10).times('0.65'));
  const valveXlNet = toCents(new Exact('470.00').times(3));
  const expected = new Exact(valveNet).plus(valveXlNet).toFixed(2);

  const attainmentQuery = `query($u: ID, $m: String) { salesAttainment(userId: $u, periodKind: MONTH, periodStart: $m) { booked invoiced currency } }`;

  it('keeps one amount, to the cent, from quote to order, invoice, opportunity and attainment', async () => {
    const before = (
      await graph<{ salesAttainment: { booked: string; invoiced: string } }>(
        'manager',
        attainmentQuery,
        {
          u: DemoUsers.rep.id,
          m: month,
        },
      )
    ).salesAttainment;

    const { createAccount } = await graph<{ createAccount: { id: string } }>(
      'rep',
      'mutation($n: String!) { createAccount(input: { name: $n, segment: SMALL }) { id } }',
      { n: `Angebot Kunde ${randomUUID().slice(0, 8)} AG` },
    );
    const accountId = createAccount.id;
    const { createOpportunity } = await graphEventually<{ createOpportunity: { id: string } }>(
      'rep',
      'mutation($a: ID!) { createOpportunity(input: { accountId: $a, terms: { name: "Valves 2026", amount: "3000.00", currency: "EUR" } }) { id } }',
      { a: accountId },
      () => true,
      'the lead service to learn the new account',
    );
    const opportunityId = createOpportunity.id;

    const created = await graphEventually<{ createQuote: QuoteView }>(
      'rep',
      `mutation($i: CreateQuoteInput!) { createQuote(input: $i) { ${quoteFields} } }`,
      {
        i: {
          accountId,
          opportunityId,
          validUntil,
          terms: 'Delivery within 14 days.\nPayment 30 days net.',
          lines: [
            { productId: valve.id, quantity: '10', discountPercent: '35' },
            { productId: valveXl.id, quantity: '3', unitPrice: '470.00' },
          ],
        },
      },
      () => true,
      'the order service to learn that Rita owns the account',
    );
    let quote = created.createQuote;
    expect(quote).toMatchObject({ status: 'DRAFT', current: { totalNet: expected } });
    expect(quote.current.lines.map((l) => l.netAmount)).toEqual([valveNet, valveXlNet]);

    // 35% off is more than a rep may give alone: the quote is not sent until Mia approves.
    const send = () =>
      asUser<{ sendQuote: QuoteView }>(
        'rep',
        `mutation($q: ID!, $v: Int!) { sendQuote(quoteId: $q, expectedVersion: $v) { ${quoteFields} } }`,
        { q: quote.id, v: quote.version },
      );
    const refused = await send();
    expect(errorCode(refused)).toBe('PRICE_APPROVAL_REQUIRED');
    expect(refused.errors![0].message).toContain(`Quote ${quote.quoteNumber}`);
    const { requestPriceApproval } = await graph<{
      requestPriceApproval: { id: string; status: string };
    }>(
      'rep',
      'mutation($q: ID!) { requestPriceApproval(subjectType: QUOTE, subjectId: $q) { id status } }',
      { q: quote.id },
    );
    expect(requestPriceApproval.status).toBe('PENDING');
    await graph('manager', 'mutation($a: ID!) { approvePrices(approvalId: $a) { status } }', {
      a: requestPriceApproval.id,
    });
    const sent = await send();
    expect(sent.errors).toBeUndefined();
    quote = sent.data!.sendQuote;
    expect(quote.status).toBe('SENT');

    // What Rita sends: her name and e-mail, the lines, the discount, the total, validity and terms; no costs.
    const { quote: printable } = await graph<{ quote: { document: string } }>(
      'rep',
      'query($q: ID!) { quote(id: $q) { document } }',
      { q: quote.id },
    );
    for (const text of [
      quote.quoteNumber,
      valve.sku,
      '35.00 %',
      `${expected} EUR`,
      validUntil,
      'Payment 30 days net.',
      DemoUsers.rep.name,
      `mailto:${DemoUsers.rep.email}`,
    ])
      expect(printable.document).toContain(text);
    expect(printable.document).not.toContain(valve.unitCost);

    const { acceptQuote } = await graph<{ acceptQuote: QuoteView }>(
      'rep',
      `mutation($q: ID!, $v: Int!) { acceptQuote(quoteId: $q, expectedVersion: $v, note: "Frau Keller, purchasing") { ${quoteFields} } }`,
      { q: quote.id, v: quote.version },
    );
    expect(acceptQuote).toMatchObject({ status: 'ACCEPTED', current: { totalNet: expected } });
    const orderId = acceptQuote.orderId!;

    type OrderView = {
      id: string;
      status: string;
      version: number;
      totalNet: string;
      currency: string;
      quoteId: string;
      lines: Array<{ netAmount: string }>;
    };
    const orderQuery =
      'query($o: ID!) { order(id: $o) { id status version totalNet currency quoteId lines { netAmount } } }';
    let order = (await graph<{ order: OrderView }>('coordinator', orderQuery, { o: orderId }))
      .order;
    expect(order).toMatchObject({
      status: 'PLACED',
      totalNet: expected,
      currency: 'EUR',
      quoteId: quote.id,
    });
    expect(order.lines.map((l) => l.netAmount)).toEqual([valveNet, valveXlNet]);

    for (const move of ['confirmOrder', 'fulfilOrder', 'invoiceOrder']) {
      const moved = await graph<Record<string, OrderView>>(
        'coordinator',
        `mutation($o: ID!, $v: Int!) { ${move}(orderId: $o, expectedVersion: $v) { id status version totalNet currency quoteId lines { netAmount } } }`,
        { o: orderId, v: order.version },
      );
      order = moved[move];
      expect(order.totalNet).toBe(expected);
    }
    expect(order.status).toBe('INVOICED');

    // The opportunity is won with the quote's amount, and no second (draft) order appears for the win.
    const won = await graphEventually<{
      opportunity: { stage: string; amount: string; currency: string };
    }>(
      'rep',
      'query($id: ID!) { opportunity(id: $id) { stage amount currency } }',
      { id: opportunityId },
      (d) => d.opportunity.stage === 'WON',
      'the lead service to win the opportunity of the accepted quote',
    );
    expect(won.opportunity).toEqual({ stage: 'WON', amount: expected, currency: 'EUR' });

    const after = await graphEventually<{
      salesAttainment: { booked: string; invoiced: string; currency: string };
    }>(
      'manager',
      attainmentQuery,
      { u: DemoUsers.rep.id, m: month },
      (d) => new Exact(d.salesAttainment.invoiced).minus(before.invoiced).equals(expected),
      'planning to count the invoiced order',
    );
    expect(new Exact(after.salesAttainment.booked).minus(before.booked).toFixed(2)).toBe(expected);
    expect(new Exact(after.salesAttainment.invoiced).minus(before.invoiced).toFixed(2)).toBe(
      expected,
    );

    // The order service drafts an order for a won opportunity unless a quote's order won it:
    // once it has handled this OpportunityWon, the account still has the one order.
    const leadEvents = await collectMessages(broker, brokerTopic(Topics.lead));
    try {
      const win = await waitFor(
        () =>
          leadEvents.messages.find(
            (m) => m.key === opportunityId && m.headers.ce_type === OpportunityWon.type,
          ),
        { what: 'the OpportunityWon event on the lead topic', timeoutMs: 30_000 },
      );
      await handledBy(broker, 'order', win);
    } finally {
      await leadEvents.close();
    }
    const { account } = await graph<{ account: { orders: Array<{ id: string }> } }>(
      'rep',
      'query($a: ID!) { account(id: $a) { orders { id } } }',
      { a: accountId },
    );
    expect(account.orders.map((o) => o.id)).toEqual([orderId]);
  });
});

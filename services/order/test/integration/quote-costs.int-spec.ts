import { DemoUsers } from '@salesgraph/identity';
import type { MessageBroker } from '@salesgraph/messaging';
import { errorCode, expectData, testBroker } from '@salesgraph/testing';
import { isoDay } from './support/contract-queries';
import {
  createProducts,
  outboxEvents,
  seedDirectories,
  setRate,
  startOrderService,
  type OrderSut,
} from './support/order-test-kit';

const account = 'a2000000-0000-4000-8000-0000000000c5';
// An account manager: sellers who read costs and margins (sales reps see revenue only).
const { accountManager: seller, admin } = DemoUsers;

type Costed = {
  id: string;
  version: number;
  current: {
    totalNet: string;
    totalCost: string;
    margin: string;
    costCurrency: string;
    lines: Array<{ unitCost: string; costAmount: string; costCurrency: string }>;
  };
};
const costedFields = `id version current { totalNet totalCost margin costCurrency
  lines { unitCost costAmount costCurrency } }`;

/**
 * A quote in another currency than the catalogue's is costed as an order is:
 * unit costs converted into the quote's currency at the day's rate (4
 * places), margin = net - cost; without a rate the costs stay in the
 * catalogue's currency, costCurrency says so and the margin is 0.00. The
 * manager's price guard then judges the quote's prices against costs in
 * the quote's own currency.
 */
describe('quote costs in the quote’s currency', () => {
  let sut: OrderSut;
  let broker: MessageBroker;
  let valve: string;

  const create = async (currency: string, unitPrice: string, quantity = '2') =>
    expectData(
      await sut.query<{ createQuote: Costed }>(
        seller,
        `mutation($i: CreateQuoteInput!) { createQuote(input: $i) { ${costedFields} } }`,
        {
          i: {
            accountId: account,
            currency,
            validUntil: isoDay(30),
            lines: [{ productId: valve, quantity, unitPrice }],
          },
        },
      ),
    ).createQuote;
  const send = (quote: Costed) =>
    sut.query<{ sendQuote: { status: string } }>(
      seller,
      'mutation($q: ID!, $v: Int!) { sendQuote(quoteId: $q, expectedVersion: $v) { status } }',
      { q: quote.id, v: quote.version },
    );

  beforeAll(async () => {
    sut = await startOrderService('orderquotecosts');
    broker = testBroker();
    await seedDirectories(sut, broker, [{ id: account, ownerId: seller.id, tier: 'KEY' }]);
    // 1 CHF = 1.05 EUR; no USD rate at all.
    await setRate(sut, broker, {
      baseCurrency: 'CHF',
      quoteCurrency: 'EUR',
      rate: '1.05',
      effectiveFrom: isoDay(-30),
    });
    // Catalogue in EUR (ORDER_CURRENCY): list 100, cost 60.
    valve = (
      await createProducts(sut, admin, [{ sku: 'VAL-Q', listPrice: '100', unitCost: '60' }])
    )['VAL-Q'];
  });
  afterAll(async () => {
    await broker?.disconnect();
    await sut?.stop();
  });

  it('costs a CHF quote in CHF at the day’s rate; its margin is computed by hand', async () => {
    const quote = await create('CHF', '58');
    // 60 EUR / 1.05 = 57.142857 CHF -> 57.1429 (4 places, half-up); 2 x 57.1429 = 114.2858 -> 114.29;
    // net 2 x 58.00 = 116.00; margin 116.00 - 114.29 = 1.71 CHF (not 116.00 - 120.00 EUR: -4.00).
    expect(quote.current).toEqual({
      totalNet: '116.00',
      totalCost: '114.29',
      margin: '1.71',
      costCurrency: 'CHF',
      lines: [{ unitCost: '57.1429', costAmount: '114.29', costCurrency: 'CHF' }],
    });
    const [drafted] = await outboxEvents(sut, quote.id);
    expect(drafted.type).toBe('order.QuoteChanged.v1');
    expect(drafted.data.quote).toMatchObject({
      currency: 'CHF',
      totalCost: '114.29',
      lines: [expect.objectContaining({ unitCost: '57.1429' })],
    });
    expect(drafted.data.quote).not.toHaveProperty('costCurrency');
    // 58.00 CHF is above the 57.1429 CHF cost: no approval needed.
    expect(expectData(await send(quote)).sendQuote.status).toBe('SENT');
  });

  it('lets the price guard judge the CHF margin: a price under the CHF cost needs the manager', async () => {
    // 57.10 CHF < 57.1429 CHF: below cost, margin 2 x 57.10 - 114.29 = -0.09.
    const quote = await create('CHF', '57.10');
    expect(quote.current).toMatchObject({ totalNet: '114.20', margin: '-0.09' });
    const refused = await send(quote);
    expect(errorCode(refused)).toBe('PRICE_APPROVAL_REQUIRED');
    expect(JSON.stringify(refused.errors)).toContain('BELOW_COST');
    expect(JSON.stringify(refused.errors)).not.toContain('NO_EXCHANGE_RATE');
  });

  it('keeps the catalogue’s cost without a rate, says its currency, and never mixes it into a margin', async () => {
    const quote = await create('USD', '70', '1');
    expect(quote.current).toEqual({
      totalNet: '70.00',
      totalCost: '60.00',
      margin: '0.00',
      costCurrency: 'EUR',
      lines: [{ unitCost: '60.00', costAmount: '60.00', costCurrency: 'EUR' }],
    });
    const [drafted] = await outboxEvents(sut, quote.id);
    expect(drafted.data.quote).toMatchObject({
      currency: 'USD',
      totalCost: '60.00',
      costCurrency: 'EUR',
    });
    // The guard cannot judge the cost: the seller's manager must.
    const refused = await send(quote);
    expect(errorCode(refused)).toBe('PRICE_APPROVAL_REQUIRED');
    expect(JSON.stringify(refused.errors)).toContain('NO_EXCHANGE_RATE');
  });

  it('names the seller on the printable quote: name and e-mail, as their token gave them', async () => {
    const quote = await create('CHF', '58');
    const { quote: view } = expectData(
      await sut.query<{ quote: { document: string } }>(
        seller,
        'query($q: ID!) { quote(id: $q) { document } }',
        { q: quote.id },
      ),
    );
    expect(view.document).toContain(
      `From: <span class="seller">${seller.name}</span> &middot; <a href="mailto:${seller.email}">${seller.email}</a>`,
    );
    // Costs stay off the customer's page.
    for (const cost of ['57.1429', '114.29']) expect(view.document).not.toContain(cost);
  });
});

import { randomUUID } from 'node:crypto';
import {
  createEnvelope,
  ExchangeRateSet,
  Topics,
  type ExchangeRateSetData,
} from '@salesgraph/events';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import type { MessageBroker } from '@salesgraph/messaging';
import { errorCode, expectData, testBroker } from '@salesgraph/testing';
import { RateLookup } from '../../src/modules/currency/rate-lookup';
import {
  createContract,
  isoDay,
  signContract,
  type ContractView,
} from './support/contract-queries';
import { createCallOff, createOrder, move, type OrderView } from './support/order-queries';
import {
  createProducts,
  outboxEvents,
  seedDirectories,
  startOrderService,
  type OrderSut,
} from './support/order-test-kit';
import { approvedBy, requestPriceApprovalWithCost } from './support/price-approval-queries';

const account = 'a2000000-0000-4000-8000-0000000000f1';
const keyAccount = 'a2000000-0000-4000-8000-0000000000f2';
const { rep, accountManager, manager, coordinator, admin } = DemoUsers;
const today = isoDay(0);

const revenueOf = `query($r: [_Any!]!, $currency: String) { _entities(representations: $r) {
  ... on Account { revenue(currency: $currency) { currency booked invoiced margin bookedOrders
    conversions { currency rate rateEffectiveFrom inverse orders booked bookedConverted } } } } }`;

type Revenue = {
  currency: string;
  booked: string;
  margin: string;
  bookedOrders: number;
  conversions: Array<{
    currency: string;
    rate: string | null;
    inverse: boolean;
    orders: number;
    booked: string;
    bookedConverted: string | null;
  }>;
};

describe('currencies in the order service: planning’s rates, revenue, orders and contracts in any currency', () => {
  let sut: OrderSut;
  let broker: MessageBroker;
  let valve: string;

  /** Sends one ExchangeRateSet as planning's relay would; returns its event id. */
  const sendRate = async (data: Partial<ExchangeRateSetData>, times = 1) => {
    const envelope = createEnvelope(
      ExchangeRateSet,
      {
        rateId: randomUUID(),
        baseCurrency: 'CHF',
        quoteCurrency: 'EUR',
        effectiveFrom: isoDay(-30),
        rate: '1.05',
        source: 'manual',
        setBy: admin.id,
        setAt: new Date().toISOString(),
        ...data,
      },
      {
        source: 'salesgraph/planning',
        correlationId: 'test-rates',
        actor: { type: 'service', id: 'planning' },
      },
    );
    const producer = broker.producer();
    for (let i = 0; i < times; i += 1)
      await producer.send(`${sut.topicPrefix}${Topics.planning}`, [
        { key: envelope.subject, value: JSON.stringify(envelope) },
      ]);
    await producer.disconnect();
    return envelope.id;
  };
  const processed = (eventId: string) =>
    sut.eventHandled(eventId, '%order.exchange-rates', { timeoutMs: 30_000 });

  const draft = async (currency: string | undefined, unitPrice: string, quantity = '1') =>
    expectData(
      await sut.query<{ createOrder: OrderView & { currency: string } }>(
        rep,
        createOrder.replace(
          'createOrder(input: $input) {',
          'createOrder(input: $input) { currency',
        ),
        {
          input: {
            accountId: account,
            ...(currency ? { currency } : {}),
            lines: [{ productId: valve, quantity, unitPrice }],
          },
        },
      ),
    ).createOrder;
  const step = async (who: AuthenticatedUser, name: string, order: OrderView) =>
    sut.query<Record<string, OrderView>>(who, move(name), {
      orderId: order.id,
      expectedVersion: order.version,
    });
  const book = async (order: OrderView) => {
    const placed = expectData(await step(rep, 'placeOrder', order)).placeOrder;
    return expectData(await step(coordinator, 'confirmOrder', placed)).confirmOrder;
  };
  const revenue = async (currency?: string) =>
    expectData(
      await sut.query<{ _entities: Array<{ revenue: Revenue }> }>(admin, revenueOf, {
        r: [{ __typename: 'Account', id: account }],
        ...(currency ? { currency } : {}),
      }),
    )._entities[0].revenue;

  beforeAll(async () => {
    sut = await startOrderService('ordercurrency');
    broker = testBroker();
    await seedDirectories(
      sut,
      broker,
      [
        { id: account, ownerId: rep.id },
        { id: keyAccount, ownerId: accountManager.id, tier: 'KEY' },
      ],
      [
        {
          id: '7a1f3c2e-0000-4000-8000-0000000000f9',
          managerId: manager.id,
          members: [rep.id, accountManager.id],
        },
      ],
    );
    // Catalogue in EUR (ORDER_CURRENCY): list 100, cost 60.
    valve = (
      await createProducts(sut, admin, [{ sku: 'VAL-X', listPrice: '100', unitCost: '60' }])
    )['VAL-X'];
  });
  afterAll(async () => {
    await broker?.disconnect();
    await sut?.stop();
  });

  it('keeps planning’s exchange rates once per event, the latest setting winning, and looks them up as planning does', async () => {
    // A redelivered event is applied once (its inbox row); a stale correction set earlier loses.
    await processed(await sendRate({ rate: '1.05' }, 2));
    await processed(
      await sendRate({ rate: '2.00', setAt: new Date(Date.now() - 3_600_000).toISOString() }),
    );
    // 1 EUR = 0.85 GBP: GBP converts into EUR by the inverse.
    await processed(await sendRate({ baseCurrency: 'EUR', quoteCurrency: 'GBP', rate: '0.85' }));
    // A rate from tomorrow on does not apply today.
    await processed(
      await sendRate({
        baseCurrency: 'USD',
        quoteCurrency: 'EUR',
        rate: '0.9',
        effectiveFrom: isoDay(1),
      }),
    );
    const rows = await sut.service.deps.dataSource.query(
      `SELECT base_currency, quote_currency, rate::text AS rate FROM exchange_rate ORDER BY 1, 2`,
    );
    expect(rows).toEqual([
      { base_currency: 'CHF', quote_currency: 'EUR', rate: '1.0500000000' },
      { base_currency: 'EUR', quote_currency: 'GBP', rate: '0.8500000000' },
      { base_currency: 'USD', quote_currency: 'EUR', rate: '0.9000000000' },
    ]);

    const lookup = new RateLookup();
    const manager_ = sut.service.deps.dataSource.manager;
    expect(await lookup.rateOn(manager_, 'CHF', 'EUR', today)).toEqual({
      rate: '1.05',
      effectiveFrom: isoDay(-30),
      inverse: false,
    });
    expect(await lookup.rateOn(manager_, 'EUR', 'CHF', today)).toMatchObject({ inverse: true });
    expect(await lookup.rateOn(manager_, 'GBP', 'EUR', today)).toMatchObject({
      rate: '0.85',
      inverse: true,
    });
    // No cross rate through EUR (planning has none), and no rate before it takes effect.
    expect(await lookup.rateOn(manager_, 'GBP', 'CHF', today)).toBeNull();
    expect(await lookup.rateOn(manager_, 'USD', 'EUR', today)).toBeNull();
    expect(await lookup.rateOn(manager_, 'CHF', 'EUR', isoDay(-31))).toBeNull();
  });

  it('refuses a currency that is no ISO 4217 code, with a clear message', async () => {
    const bad = await sut.query(rep, createOrder, {
      input: { accountId: account, currency: 'eur', lines: [] },
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors)).toContain('currency must be an ISO 4217 code');
    const contract = await sut.query(accountManager, createContract, {
      input: { accountId: keyAccount, currency: 'EURO', startDate: today, endDate: isoDay(90) },
    });
    expect(errorCode(contract)).toBe('BAD_USER_INPUT');
    const wrong = await sut.query(admin, revenueOf, {
      r: [{ __typename: 'Account', id: account }],
      currency: 'Euro',
    });
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0].message).toContain('"Euro" is not an ISO 4217 currency code');
  });

  it('guards a price against the cost converted at the day’s rate, and holds one without a rate for a manager', async () => {
    // Cost 60 EUR = 57.142857 CHF at 1 CHF = 1.05 EUR: 57 CHF is below it, 58 CHF is not
    // (though both are below 60, the unconverted figure).
    const below = await draft('CHF', '57');
    expect(below.currency).toBe('CHF');
    const refused = await step(rep, 'placeOrder', below);
    expect(errorCode(refused)).toBe('PRICE_APPROVAL_REQUIRED');
    expect(refused.errors![0].message).toContain('VAL-X at 57.00 is below its cost');
    expect(
      expectData(await step(rep, 'placeOrder', await draft('CHF', '58'))).placeOrder.status,
    ).toBe('PLACED');

    // No USD rate today: not a silent pass but a manager's decision, with the reason.
    const dollars = await draft('USD', '1000');
    const held = await step(rep, 'placeOrder', dollars);
    expect(errorCode(held)).toBe('PRICE_APPROVAL_REQUIRED');
    expect(held.errors![0].message).toContain(
      `VAL-X's cost cannot be checked: no EUR/USD exchange rate on ${today}`,
    );
    const asked = expectData(
      await sut.query<{
        requestPriceApproval: { id: string; breaches: Array<{ kind: string; unitCost: string }> };
      }>(manager, requestPriceApprovalWithCost, { t: 'ORDER', id: dollars.id }),
    ).requestPriceApproval;
    expect(asked.breaches).toEqual([
      expect.objectContaining({ kind: 'NO_EXCHANGE_RATE', unitCost: '60.00' }),
    ]);
    const [requested] = (await outboxEvents(sut, asked.id)).filter(
      (e) => e.type === 'order.PriceApprovalRequested.v1',
    );
    expect(requested.data.breaches).toEqual([
      expect.objectContaining({
        kind: 'NO_EXCHANGE_RATE',
        reason: `no EUR/USD exchange rate on ${today} converts its cost`,
      }),
    ]);
  });

  it('costs an order in its currency at the day’s rate, and states the catalogue’s where no rate converts', async () => {
    const costed = `query($id: ID!) { order(id: $id) { currency totalNet totalCost margin costCurrency
      lines { unitCost costAmount costCurrency } } }`;
    type Costed = {
      currency: string;
      totalNet: string;
      totalCost: string;
      margin: string;
      costCurrency: string;
      lines: Array<{ unitCost: string; costAmount: string; costCurrency: string }>;
    };
    const read = async (id: string) =>
      expectData(await sut.query<{ order: Costed }>(admin, costed, { id })).order;

    // 60 EUR / 1.05 = 57.142857 CHF -> 57.1429 (4 places, half-up); 2 x 57.1429 = 114.2858 -> 114.29.
    const francs = await draft('CHF', '58', '2');
    expect(await read(francs.id)).toEqual({
      currency: 'CHF',
      totalNet: '116.00',
      totalCost: '114.29',
      margin: '1.71',
      costCurrency: 'CHF',
      lines: [{ unitCost: '57.1429', costAmount: '114.29', costCurrency: 'CHF' }],
    });
    const [francsDrafted] = (await outboxEvents(sut, francs.id)).filter(
      (e) => e.type === 'order.OrderDrafted.v1',
    );
    expect(francsDrafted.data.order).toMatchObject({ totalCost: '114.29', margin: '1.71' });
    expect(francsDrafted.data.order).not.toHaveProperty('costCurrency');

    // No EUR/USD rate: the cost stays 60.00 EUR, said so, and no margin mixes USD with EUR.
    const dollars = await draft('USD', '1000');
    expect(await read(dollars.id)).toEqual({
      currency: 'USD',
      totalNet: '1000.00',
      totalCost: '60.00',
      margin: '0.00',
      costCurrency: 'EUR',
      lines: [{ unitCost: '60.00', costAmount: '60.00', costCurrency: 'EUR' }],
    });
    const [dollarsDrafted] = (await outboxEvents(sut, dollars.id)).filter(
      (e) => e.type === 'order.OrderDrafted.v1',
    );
    expect(dollarsDrafted.data.order).toMatchObject({
      currency: 'USD',
      totalCost: '60.00',
      margin: '0.00',
      costCurrency: 'EUR',
    });
  });

  it('reads account revenue in any currency at each order’s booking-date rate, listing orders without a rate', async () => {
    // Booked: 100.00 EUR; 2 x 58.00 = 116.00 CHF; 85.00 GBP; 1000.00 USD (no rate, approved).
    await book(await draft(undefined, '100'));
    await book(await draft('CHF', '58', '2'));
    await book(await draft('GBP', '85'));
    const dollars = await draft('USD', '1000');
    await approvedBy(sut, rep, manager, { type: 'ORDER', id: dollars.id });
    await book(dollars);

    const eur = await revenue();
    // 100.00 + 116.00 x 1.05 (121.80) + 85.00 / 0.85 (100.00), to the cent; USD listed, not counted.
    // Margin: EUR 100.00 - 60.00 = 40.00; CHF 121.80 - 114.29 x 1.05 (120.0045 -> 120.00) = 1.80;
    // GBP 100.00 - 51.00 / 0.85 (60.00) = 40.00 (costs converted from their own currency).
    expect(eur).toMatchObject({
      currency: 'EUR',
      booked: '321.80',
      margin: '81.80',
      bookedOrders: 3,
    });
    expect(eur.conversions).toEqual([
      {
        currency: 'CHF',
        rate: '1.0500',
        rateEffectiveFrom: isoDay(-30),
        inverse: false,
        orders: 1,
        booked: '116.00',
        bookedConverted: '121.80',
      },
      {
        currency: 'GBP',
        rate: '0.8500',
        rateEffectiveFrom: isoDay(-30),
        inverse: true,
        orders: 1,
        booked: '85.00',
        bookedConverted: '100.00',
      },
      {
        currency: 'USD',
        rate: null,
        rateEffectiveFrom: null,
        inverse: false,
        orders: 1,
        booked: '1000.00',
        bookedConverted: null,
      },
    ]);

    // In CHF: 100 EUR / 1.05 = 95.24 CHF, plus 116.00 CHF; GBP has no CHF rate (no cross rate).
    const chf = await revenue('CHF');
    // Margin: 95.24 - 60 / 1.05 (57.14) = 38.10, plus 116.00 - 114.29 = 1.71.
    expect(chf).toMatchObject({
      currency: 'CHF',
      booked: '211.24',
      margin: '39.81',
      bookedOrders: 2,
    });
    expect(chf.conversions.map((c) => [c.currency, c.rate, c.bookedConverted])).toEqual([
      ['EUR', '1.0500', '95.24'],
      ['GBP', null, null],
      ['USD', null, null],
    ]);
  });

  it('negotiates a supply contract in its own currency: guarded at the converted cost, its call-offs in it', async () => {
    const contract = expectData(
      await sut.query<{ createContract: ContractView }>(accountManager, createContract, {
        input: {
          accountId: keyAccount,
          currency: 'CHF',
          startDate: today,
          endDate: isoDay(180),
          commitments: [{ productId: valve, price: '50', committedQuantity: '100' }],
        },
      }),
    ).createContract;
    const refused = await sut.query(accountManager, signContract, {
      contractId: contract.id,
      expectedVersion: contract.version,
    });
    expect(errorCode(refused)).toBe('PRICE_APPROVAL_REQUIRED');
    expect(refused.errors![0].message).toContain('VAL-X at 50.00 is below its cost');
    const [proposed] = await outboxEvents(sut, contract.id);
    expect(proposed.data).toMatchObject({ currency: 'CHF' });

    const fair = expectData(
      await sut.query<{ createContract: ContractView }>(accountManager, createContract, {
        input: {
          accountId: keyAccount,
          currency: 'CHF',
          startDate: today,
          endDate: isoDay(180),
          commitments: [{ productId: valve, price: '58', committedQuantity: '100' }],
        },
      }),
    ).createContract;
    const signed = expectData(
      await sut.query<{ signContract: ContractView }>(accountManager, signContract, {
        contractId: fair.id,
        expectedVersion: fair.version,
      }),
    ).signContract;
    expect(signed.status).toBe('ACTIVE');
    const callOff = expectData(
      await sut.query<{ createCallOff: OrderView & { currency: string } }>(
        accountManager,
        createCallOff.replace(
          'createCallOff(input: $input) {',
          'createCallOff(input: $input) { currency',
        ),
        { input: { contractId: fair.id, lines: [{ productId: valve, quantity: '3' }] } },
      ),
    ).createCallOff;
    expect(callOff).toMatchObject({ currency: 'CHF', totalNet: '174.00' });
  });
});

import { randomUUID } from 'node:crypto';
import { OrderConfirmed, Topics } from '@salesgraph/events';
import { DemoProducts, DemoUsers } from '@salesgraph/demo-data';
import { Exact, fixedClock, sumOf, userCommand } from '@salesgraph/service-kit';
import { errorCode, waitFor } from '@salesgraph/testing';
import { ExchangeRateService } from '../../src/modules/currency/exchange-rate.service';
import { repWithQuarterTarget, setExchangeRate } from './support/currency-kit';
import { orderSnapshot, PlanningFixture } from './support/planning-fixture';

const { manager: mia, rep: rita, admin } = DemoUsers;
const account = randomUUID();

/**
 * Issue 15, must show: a target in EUR, orders in EUR, CHF and GBP over two
 * rate periods; attainment equals the hand-computed sum. Every foreign order
 * is converted at the rate of its booking date (each rounded half-up to
 * cents), CHF→EUR set by hand and EUR→GBP imported from a rates file (so
 * GBP is converted by dividing). A USD order has no rate: it is not counted,
 * and it is listed, not dropped.
 */
describe('planning: attainment in the target’s currency across currencies and rate periods', () => {
  let f: PlanningFixture;
  const orders = [
    // currency, net, booked at, and the amount in EUR worked out by hand
    { currency: 'EUR', net: '1000.00', at: '2026-04-10T10:00:00Z', eur: '1000.00' },
    { currency: 'EUR', net: '250.55', at: '2026-05-20T10:00:00Z', eur: '250.55' },
    // 1234.56 x 1.0412 = 1285.423872
    { currency: 'CHF', net: '1234.56', at: '2026-04-20T10:00:00Z', eur: '1285.42' },
    // the last second of the first CHF period: 500.00 x 1.0412 = 520.60
    { currency: 'CHF', net: '500.00', at: '2026-05-14T23:59:59Z', eur: '520.60' },
    // the first day of the second: 999.99 x 1.0650 = 1064.98935
    { currency: 'CHF', net: '999.99', at: '2026-05-15T00:30:00Z', eur: '1064.99' },
    // 1 EUR = 0.8525 GBP: 800.00 / 0.8525 = 938.41642...
    { currency: 'GBP', net: '800.00', at: '2026-04-30T10:00:00Z', eur: '938.42' },
    // 1 EUR = 0.8490 GBP from 15 May: 333.33 / 0.8490 = 392.6148...
    { currency: 'GBP', net: '333.33', at: '2026-06-01T10:00:00Z', eur: '392.61' },
  ];
  const usd = { currency: 'USD', net: '100.00', at: '2026-04-12T10:00:00Z' };
  const handComputed = '5452.59';

  beforeAll(async () => {
    f = await PlanningFixture.start('planning-currencies', {
      clock: fixedClock(new Date('2026-06-10T12:00:00Z')),
    });
    await repWithQuarterTarget(f, {
      team: 'Alps',
      manager: mia,
      admin,
      rep: rita,
      amount: '10000.00',
      currency: 'EUR',
    });
    const setRate = (baseCurrency: string, effectiveFrom: string, rate: string) =>
      setExchangeRate(f, admin, { baseCurrency, quoteCurrency: 'EUR', effectiveFrom, rate });
    await setRate('CHF', '2026-03-01', '0.9900'); // an older period: never used for Q2 bookings
    await setRate('CHF', '2026-04-01', '1.0412');
    await setRate('CHF', '2026-05-15', '1.0650');
    await new ExchangeRateService(f.dataSource, f.sut.service.deps.outbox).importFile(
      userCommand(admin, { correlationId: randomUUID(), clock: fixedClock(new Date()) }),
      [
        'effective_from,base_currency,quote_currency,rate',
        '# the bank’s rates, EUR based',
        '2026-04-01,EUR,GBP,0.8525',
        '2026-05-15,EUR,GBP,0.8490',
      ].join('\n'),
      'file:ecb-2026-q2.csv',
    );
    const envelopes = [...orders, usd].map((o) => {
      const snapshot = orderSnapshot({
        accountId: account,
        creditedTo: rita.id,
        status: 'CONFIRMED',
        revision: 2,
        currency: o.currency,
        bookedAt: o.at,
        lines: [
          { productId: DemoProducts.valve.id, productLine: 'Valves', net: o.net, cost: '0.00' },
        ],
      });
      return f.envelope(OrderConfirmed, { order: snapshot, confirmedAt: o.at });
    });
    await f.publish(Topics.order, ...envelopes);
    await waitFor(async () => (await f.handled('planning.attainment')) >= envelopes.length, {
      what: 'the orders handled',
    });
  });
  afterAll(() => f?.stop());

  it('the hand-computed sum is what the test says it is', () => {
    expect(sumOf(orders.map((o) => o.eur)).toFixed(2)).toBe(handComputed);
  });

  it('converts each order at the rate of its booking date; attainment is the hand-computed sum', async () => {
    const { salesAttainment } = await f.data<{
      salesAttainment: {
        currency: string;
        target: string;
        booked: string;
        gap: string;
        attainmentPercent: string;
        byProductLine: Array<{ productLine: string; booked: string }>;
        conversions: Array<Record<string, unknown>>;
      };
    }>(
      mia,
      `query($u: ID) { salesAttainment(userId: $u, periodKind: QUARTER, periodStart: "2026-04-01") {
         currency target booked gap attainmentPercent byProductLine { productLine booked }
         conversions { currency rate rateEffectiveFrom inverse orders booked bookedConverted }
       } }`,
      { u: rita.id },
    );
    expect(salesAttainment).toMatchObject({
      currency: 'EUR',
      target: '10000.00',
      booked: handComputed,
      gap: new Exact('10000.00').minus(handComputed).toFixed(2),
      attainmentPercent: '54.53',
    });
    expect(salesAttainment.byProductLine).toEqual([
      { productLine: 'Valves', booked: handComputed },
    ]);
    expect(salesAttainment.conversions).toEqual([
      row('CHF', '1.0412', '2026-04-01', false, 2, '1734.56', '1806.02'),
      row('CHF', '1.0650', '2026-05-15', false, 1, '999.99', '1064.99'),
      row('GBP', '0.8525', '2026-04-01', true, 1, '800.00', '938.42'),
      row('GBP', '0.8490', '2026-05-15', true, 1, '333.33', '392.61'),
      // No USD rate: listed, not counted.
      row('USD', null, null, false, 1, '100.00', null),
    ]);
  });

  it('counts the USD order once a rate exists, in the seller’s and the account’s figures alike', async () => {
    await f.data(
      admin,
      'mutation($i: SetExchangeRateInput!) { setExchangeRate(input: $i) { id } }',
      {
        i: { baseCurrency: 'USD', quoteCurrency: 'EUR', effectiveFrom: '2026-01-01', rate: '0.91' },
      },
    );
    const withUsd = new Exact(handComputed).plus('91.00').toFixed(2);
    const figures = await f.data<{
      salesAttainment: { booked: string };
      accountAttainment: { booked: string; currency: string };
    }>(
      admin,
      `query($u: ID, $a: ID!) {
         salesAttainment(userId: $u, periodKind: QUARTER, periodStart: "2026-04-01") { booked }
         accountAttainment(accountId: $a, periodKind: QUARTER, periodStart: "2026-04-01") { booked currency }
       }`,
      { u: rita.id, a: account },
    );
    expect(figures).toEqual({
      salesAttainment: { booked: withUsd },
      accountAttainment: { booked: withUsd, currency: 'EUR' },
    });
  });

  it('keeps the rates with their history; only admins set them, with clear refusals', async () => {
    const refused = await f.query(
      mia,
      'mutation { setExchangeRate(input: { baseCurrency: "CHF", quoteCurrency: "EUR", effectiveFrom: "2026-07-01", rate: "1.07" }) { id } }',
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const bad = await f.query(
      admin,
      'mutation { setExchangeRate(input: { baseCurrency: "CHF", quoteCurrency: "CHF", effectiveFrom: "2026-02-30", rate: "-1" }) { id } }',
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toContain('"2026-02-30" is not a date');
    // A correction replaces the rate of that day and keeps what it replaced.
    await f.data(
      admin,
      'mutation { setExchangeRate(input: { baseCurrency: "CHF", quoteCurrency: "EUR", effectiveFrom: "2026-05-15", rate: "1.0651" }) { id } }',
    );
    const { exchangeRates } = await f.data<{
      exchangeRates: Array<{
        baseCurrency: string;
        rate: string;
        history: Array<{ eventType: string; data: Record<string, unknown> }>;
      }>;
    }>(
      rita,
      '{ exchangeRates(currency: "CHF", on: "2026-05-20") { baseCurrency rate history { eventType data } } }',
    );
    expect(exchangeRates).toHaveLength(1);
    expect(exchangeRates[0].rate).toBe('1.0651');
    expect(exchangeRates[0].history.map((h) => h.data.rate)).toEqual(['1.065', '1.0651']);
    expect(exchangeRates[0].history[1].data).toMatchObject({
      previousRate: '1.065',
      source: 'manual',
    });
  });
});

function row(
  currency: string,
  rate: string | null,
  rateEffectiveFrom: string | null,
  inverse: boolean,
  orders: number,
  booked: string,
  bookedConverted: string | null,
) {
  return { currency, rate, rateEffectiveFrom, inverse, orders, booked, bookedConverted };
}

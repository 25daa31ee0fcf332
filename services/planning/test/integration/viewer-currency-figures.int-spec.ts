import { randomUUID } from 'node:crypto';
import { OpportunityStageChanged, OrderConfirmed, Topics } from '@salesgraph/events';
import { DemoProducts, DemoUsers } from '@salesgraph/demo-data';
import { fixedClock } from '@salesgraph/service-kit';
import { errorCode, waitFor } from '@salesgraph/testing';
import { repWithQuarterTarget, setExchangeRate } from './support/currency-kit';
import { orderSnapshot, PlanningFixture } from './support/planning-fixture';

const { manager: mia, rep: rita, admin } = DemoUsers;
const account = randomUUID();

const attainmentOf = `query($u: ID, $c: String) {
  salesAttainment(userId: $u, periodKind: QUARTER, periodStart: "2026-04-01", currency: $c) {
    currency booked target gap attainmentPercent
    targetConversion { currency amount converted rateDate rate rateEffectiveFrom inverse }
    byProductLine { productLine booked target gap }
    conversions { currency rate rateEffectiveFrom inverse orders booked bookedConverted } } }`;

const forecastOf = `query($u: ID, $c: String) {
  salesForecast(userId: $u, periodKind: QUARTER, periodStart: "2026-04-01", currency: $c) {
    currency booked weightedPipeline openPipeline openOpportunities forecast target
    slippedDeals { opportunityId amount currency convertedAmount rate rateEffectiveFrom inverse }
    pipelineConversions { currency rate rateEffectiveFrom inverse opportunities amount converted } } }`;

/**
 * Issue 15: a manager in Zurich reads a seller's EUR target, orders and
 * pipeline in CHF. Today is 10 May 2026; CHF→EUR has rates from 1 April
 * (1.0412), 1 May (1.0500) and, set ahead, 1 June (1.0800), so EUR amounts
 * are divided (the table holds CHF→EUR only). Every figure worked out by hand.
 */
describe('planning: attainment and forecast in the viewer’s currency', () => {
  let f: PlanningFixture;
  const opp = { future: randomUUID(), chf: randomUUID(), slipped: randomUUID(), usd: randomUUID() };

  beforeAll(async () => {
    f = await PlanningFixture.start('planning-viewer-currency', {
      clock: fixedClock(new Date('2026-05-10T12:00:00Z')),
    });
    await repWithQuarterTarget(f, {
      team: 'Zurich',
      manager: mia,
      admin,
      rep: rita,
      amount: '10000.00',
      currency: 'EUR',
      splits: [{ productLine: 'Valves', amount: '4000.00' }],
    });
    for (const [effectiveFrom, rate] of [
      ['2026-04-01', '1.0412'],
      ['2026-05-01', '1.0500'],
      ['2026-06-01', '1.0800'],
    ])
      await setExchangeRate(f, admin, {
        baseCurrency: 'CHF',
        quoteCurrency: 'EUR',
        effectiveFrom,
        rate,
      });
    const orders = [
      { currency: 'EUR', net: '1041.20', at: '2026-04-10T10:00:00Z' },
      { currency: 'CHF', net: '500.00', at: '2026-05-02T10:00:00Z' },
      { currency: 'USD', net: '100.00', at: '2026-04-12T10:00:00Z' },
    ].map((o) =>
      f.envelope(OrderConfirmed, {
        order: orderSnapshot({
          accountId: account,
          creditedTo: rita.id,
          status: 'CONFIRMED',
          revision: 2,
          currency: o.currency,
          bookedAt: o.at,
          lines: [
            { productId: DemoProducts.valve.id, productLine: 'Valves', net: o.net, cost: '0.00' },
          ],
        }),
        confirmedAt: o.at,
      }),
    );
    const opportunity = (
      id: string,
      currency: string,
      amount: string,
      probability: number,
      expectedCloseDate: string,
    ) =>
      f.envelope(OpportunityStageChanged, {
        opportunityId: id,
        name: 'Deal',
        ownerId: rita.id,
        stage: 'NEGOTIATION',
        amount,
        currency,
        probability,
        expectedCloseDate,
        productIds: [],
        changedAt: '2026-04-01T10:00:00Z',
      });
    await f.publish(Topics.order, ...orders);
    await f.publish(
      Topics.lead,
      // closes in June: today's rate (1.0500), not the one set ahead for 1 June
      opportunity(opp.future, 'EUR', '2100.00', 50, '2026-06-20'),
      opportunity(opp.chf, 'CHF', '1000.00', 20, '2026-05-30'),
      // slipped: its close date's rate (1.0412)
      opportunity(opp.slipped, 'EUR', '1041.20', 40, '2026-04-20'),
      // no USD rate at all: listed, not counted
      opportunity(opp.usd, 'USD', '500.00', 50, '2026-06-01'),
    );
    await waitFor(
      async () =>
        (await f.handled('planning.attainment')) >= 3 &&
        (await f.handled('planning.pipeline')) >= 4,
      { what: 'orders and opportunities handled' },
    );
  });
  afterAll(() => f?.stop());

  it('reads attainment, its target and its breakdown in CHF, each at its own date’s rate', async () => {
    const { salesAttainment } = await f.data<{ salesAttainment: Record<string, unknown> }>(
      mia,
      attainmentOf,
      { u: rita.id, c: 'CHF' },
    );
    expect(salesAttainment).toEqual({
      currency: 'CHF',
      // 1041.20 / 1.0412 = 1000.00, plus the CHF order; the USD order has no rate
      booked: '1500.00',
      // the target at today's rate: 10000 / 1.05 = 9523.8095...
      target: '9523.81',
      gap: '8023.81',
      attainmentPercent: '15.75',
      targetConversion: {
        currency: 'EUR',
        amount: '10000.00',
        converted: '9523.81',
        rateDate: '2026-05-10',
        rate: '1.0500',
        rateEffectiveFrom: '2026-05-01',
        inverse: true,
      },
      // the split converted as the target: 4000 / 1.05 = 3809.5238...
      byProductLine: [
        { productLine: 'Valves', booked: '1500.00', target: '3809.52', gap: '2309.52' },
      ],
      conversions: [
        conversion('EUR', '1.0412', '2026-04-01', true, 1, '1041.20', '1000.00'),
        conversion('USD', null, null, false, 1, '100.00', null),
      ],
    });
  });

  it('keeps the target’s currency when no currency is asked for', async () => {
    const { salesAttainment } = await f.data<{ salesAttainment: Record<string, unknown> }>(
      rita,
      attainmentOf,
      { u: rita.id },
    );
    expect(salesAttainment).toMatchObject({
      currency: 'EUR',
      booked: '1566.20', // 1041.20 + 500.00 x 1.0500
      target: '10000.00',
      targetConversion: null,
      byProductLine: [
        { productLine: 'Valves', booked: '1566.20', target: '4000.00', gap: '2433.80' },
      ],
    });
  });

  it('converts every opportunity of the pipeline, listing the one without a rate', async () => {
    const { salesForecast } = await f.data<{ salesForecast: Record<string, unknown> }>(
      mia,
      forecastOf,
      { u: rita.id, c: 'CHF' },
    );
    expect(salesForecast).toEqual({
      currency: 'CHF',
      booked: '1500.00',
      // 2000.00 x 50% + 1000.00 x 20% + 1000.00 x 40% (slipped, counted this quarter)
      weightedPipeline: '1600.00',
      openPipeline: '4000.00',
      openOpportunities: 3,
      forecast: '3100.00',
      target: '9523.81',
      slippedDeals: [
        {
          opportunityId: opp.slipped,
          amount: '1041.20',
          currency: 'EUR',
          convertedAmount: '1000.00',
          rate: '1.0412',
          rateEffectiveFrom: '2026-04-01',
          inverse: true,
        },
      ],
      pipelineConversions: [
        pipeline('EUR', '1.0412', '2026-04-01', true, 1, '1041.20', '1000.00'),
        pipeline('EUR', '1.0500', '2026-05-01', true, 1, '2100.00', '2000.00'),
        pipeline('USD', null, null, false, 1, '500.00', null),
      ],
    });
  });

  it('converts the CHF opportunity into the target’s EUR by default', async () => {
    const { salesForecast } = await f.data<{ salesForecast: Record<string, unknown> }>(
      rita,
      forecastOf,
      { u: rita.id },
    );
    expect(salesForecast).toMatchObject({
      currency: 'EUR',
      // 2100 x 50% + 1000 x 1.05 x 20% + 1041.20 x 40%
      weightedPipeline: '1676.48',
      openOpportunities: 3,
      forecast: '3242.68',
      target: '10000.00',
    });
    expect(salesForecast.pipelineConversions).toEqual([
      pipeline('CHF', '1.0500', '2026-05-01', false, 1, '1000.00', '1050.00'),
      pipeline('USD', null, null, false, 1, '500.00', null),
    ]);
  });

  it('reads an account’s figures in the viewer’s currency too', async () => {
    const { accountAttainment } = await f.data<{ accountAttainment: Record<string, unknown> }>(
      admin,
      `query($a: ID!) { accountAttainment(accountId: $a, periodKind: QUARTER, periodStart: "2026-04-01", currency: "CHF") {
         currency booked } }`,
      { a: account },
    );
    expect(accountAttainment).toEqual({ currency: 'CHF', booked: '1500.00' });
  });

  it('refuses a currency that is not an ISO code, with a clear message', async () => {
    const seller = await f.query(mia, attainmentOf, { u: rita.id, c: 'chf' });
    expect(errorCode(seller)).toBe('BAD_USER_INPUT');
    const ofAccount = await f.query(
      admin,
      `query($a: ID!) { accountAttainment(accountId: $a, periodKind: QUARTER, currency: "Swiss francs") { booked } }`,
      { a: account },
    );
    expect(errorCode(ofAccount)).toBe('BAD_USER_INPUT');
    expect(ofAccount.errors![0].message).toContain('ISO 4217');
  });
});

function conversion(
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

function pipeline(
  currency: string,
  rate: string | null,
  rateEffectiveFrom: string | null,
  inverse: boolean,
  opportunities: number,
  amount: string,
  converted: string | null,
) {
  return { currency, rate, rateEffectiveFrom, inverse, opportunities, amount, converted };
}

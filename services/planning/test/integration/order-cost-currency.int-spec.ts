import { randomUUID } from 'node:crypto';
import { OrderConfirmed, Topics } from '@salesgraph/events';
import { DemoProducts, DemoUsers } from '@salesgraph/demo-data';
import { fixedClock } from '@salesgraph/service-kit';
import { waitFor } from '@salesgraph/testing';
import { setExchangeRate } from './support/currency-kit';
import { orderSnapshot, PlanningFixture } from './support/planning-fixture';

const { admin } = DemoUsers;
const account = randomUUID();
const rita = randomUUID();

type Figures = {
  currency: string;
  booked: string;
  bookedMargin: string;
  marginUnconvertedOrders: number;
  byProduct: Array<{ booked: string; bookedMargin: string }>;
};

/**
 * An order's costs are in its currency, or (no rate converted them when the
 * order service wrote its lines) in the snapshot's costCurrency. Planning's
 * margin converts costs from their own currency at the booking date's rate,
 * and never subtracts amounts of two currencies: a cost without a rate into
 * the figures' currency leaves its order out of bookedMargin, counted.
 */
describe('planning: margins of orders whose costs are in another currency', () => {
  let f: PlanningFixture;

  beforeAll(async () => {
    f = await PlanningFixture.start('planning-cost-currency', {
      clock: fixedClock(new Date('2026-06-10T12:00:00Z')),
    });
    await setExchangeRate(f, admin, {
      baseCurrency: 'CHF',
      quoteCurrency: 'EUR',
      effectiveFrom: '2026-04-01',
      rate: '1.05',
    });
    const at = '2026-05-05T10:00:00Z';
    const order = (net: string, cost: string, costCurrency?: string) =>
      f.envelope(OrderConfirmed, {
        order: orderSnapshot({
          accountId: account,
          creditedTo: rita,
          status: 'CONFIRMED',
          revision: 2,
          currency: 'CHF',
          bookedAt: at,
          ...(costCurrency ? { costCurrency } : {}),
          lines: [{ productId: DemoProducts.valve.id, productLine: 'Valves', net, cost }],
        }),
        confirmedAt: at,
      });
    const envelopes = [
      order('116.00', '114.29'), // costs in CHF, as the order's
      order('116.00', '60.00', 'EUR'), // costs left in EUR: no EUR/CHF rate when written
      order('116.00', '50.00', 'GBP'), // costs in GBP: no rate into EUR or CHF at all
    ];
    await f.publish(Topics.order, ...envelopes);
    await waitFor(async () => (await f.handled('planning.attainment')) >= envelopes.length, {
      what: 'the orders handled',
    });
  });
  afterAll(() => f?.stop());

  const figuresIn = async (currency: string) =>
    (
      await f.data<{ accountAttainment: Figures }>(
        admin,
        `query($a: ID!, $c: String) {
           accountAttainment(accountId: $a, periodKind: QUARTER, periodStart: "2026-04-01", currency: $c) {
             currency booked bookedMargin marginUnconvertedOrders byProduct { booked bookedMargin }
           } }`,
        { a: account, c: currency },
      )
    ).accountAttainment;

  it('in EUR: each cost converted from its own currency; the GBP-costed order counted, not in the margin', async () => {
    // Booked: 3 x 116.00 x 1.05 = 3 x 121.80 = 365.40.
    // Margin: 121.80 - 114.29 x 1.05 (120.0045 -> 120.00) = 1.80; 121.80 - 60.00 EUR = 61.80;
    // the GBP costs have no rate: left out (not 121.80 - 50.00 of two currencies).
    expect(await figuresIn('EUR')).toEqual({
      currency: 'EUR',
      booked: '365.40',
      bookedMargin: '63.60',
      marginUnconvertedOrders: 1,
      byProduct: [{ booked: '365.40', bookedMargin: '63.60' }],
    });
  });

  it('in CHF: the EUR costs are converted back at the same day’s rate', async () => {
    // Margin: 116.00 - 114.29 = 1.71; 116.00 - 60.00 / 1.05 (57.142857 -> 57.14) = 58.86.
    expect(await figuresIn('CHF')).toEqual({
      currency: 'CHF',
      booked: '348.00',
      bookedMargin: '60.57',
      marginUnconvertedOrders: 1,
      byProduct: [{ booked: '348.00', bookedMargin: '60.57' }],
    });
  });
});

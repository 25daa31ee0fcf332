import { randomUUID } from 'node:crypto';
import {
  AccountCreated,
  OpportunityLost,
  OpportunityStageChanged,
  OrderCancelled,
  OrderConfirmed,
  OrderInvoiced,
  OrderPlaced,
  Topics,
  type Envelope,
  type OrderSnapshot,
} from '@salesgraph/events';
import { DemoProducts, DemoUsers } from '@salesgraph/demo-data';
import type { AuthenticatedUser } from '@salesgraph/identity';
import { fixedClock } from '@salesgraph/service-kit';
import { errorCode, waitFor } from '@salesgraph/testing';
import { orderSnapshot, PlanningFixture } from './support/planning-fixture';

const { manager: mia, rep: rita, rep2: raj } = DemoUsers;
const { valve, pump } = DemoProducts;
const account = randomUUID();

const q2 = `query($user: ID) {
  salesAttainment(periodKind: QUARTER, periodStart: "2026-04-01", userId: $user) {
    target booked bookedMargin invoiced gap attainmentPercent currency periodEnd
    byProductLine { productLine target booked invoiced gap }
    byProduct { productId booked }
    byAccount { accountId booked invoiced }
  } }`;

type Attainment = { booked: string; invoiced: string; bookedMargin: string } & Record<
  string,
  unknown
>;

describe('planning: attainment and forecast from order and opportunity events', () => {
  let f: PlanningFixture;
  let published = 0;

  const order = (
    status: OrderSnapshot['status'],
    revision: number,
    base: Partial<Parameters<typeof orderSnapshot>[0]> & { orderId: string },
  ) =>
    orderSnapshot({
      accountId: account,
      creditedTo: rita.id,
      lines: [],
      ...base,
      status,
      revision,
    });

  async function publishOrders(...envelopes: Envelope[]) {
    await f.publish(Topics.order, ...envelopes);
    published += envelopes.length;
  }
  const settled = (count = published) =>
    waitFor(async () => (await f.handled('planning.attainment')) >= count, {
      what: `${count} order events handled`,
    });
  // Rita's figures as her manager reads them: reps see no margins (see the test of that below).
  const attainment = async (user: AuthenticatedUser = mia) =>
    (await f.data<{ salesAttainment: Attainment }>(user, q2, { user: rita.id })).salesAttainment;

  const a = {
    orderId: randomUUID(),
    bookedAt: '2026-04-10T10:00:00Z',
    invoicedAt: '2026-05-02T08:00:00Z',
    lines: [
      { productId: valve.id, productLine: 'Valves', net: '1234.56', cost: '600.10' },
      { productId: pump.id, productLine: 'Pumps', net: '2000.00', cost: '1100.00' },
    ],
  };
  const one = (net: string) => [{ productId: valve.id, productLine: 'Valves', net, cost: '0.00' }];
  const invoiceA = () => ({ order: order('INVOICED', 4, a), invoicedAt: '2026-05-02T08:00:00Z' });

  beforeAll(async () => {
    // Inside Q2 2026: the forecast judges which deals have slipped against the clock.
    f = await PlanningFixture.start('planning-attainment', {
      clock: fixedClock(new Date('2026-04-10T12:00:00Z')),
    });
    const team = await f.data<{ createSalesTeam: { id: string } }>(
      mia,
      'mutation { createSalesTeam(input: { name: "North" }) { id } }',
    );
    for (const member of [rita.id, raj.id])
      await f.data(
        DemoUsers.admin, // membership is an admin's decision
        'mutation($i: AddSalesTeamMemberInput!) { addSalesTeamMember(input: $i) { id } }',
        {
          i: { teamId: team.createSalesTeam.id, userId: member, role: 'SALES_REP' },
        },
      );
    await f.data(
      mia,
      'mutation($i: SetRevenueTargetInput!) { setRevenueTarget(input: $i) { id } }',
      {
        i: {
          repId: rita.id,
          periodKind: 'QUARTER',
          periodStart: '2026-04-01',
          amount: '10000.00',
          splits: [
            { productLine: 'Valves', amount: '6000.00' },
            { productLine: 'Pumps', amount: '4000.00' },
          ],
        },
      },
    );
    const b = { orderId: randomUUID(), bookedAt: '2026-06-30T23:59:59Z', lines: one('0.01') };
    const c = { orderId: randomUUID(), bookedAt: '2026-07-01T00:00:00Z', lines: one('500.00') };
    const d = { orderId: randomUUID(), bookedAt: '2026-04-20T10:00:00Z', lines: one('777.00') };
    const e = {
      orderId: randomUUID(),
      creditedTo: raj.id,
      bookedAt: '2026-04-11T10:00:00Z',
      lines: one('900.00'),
    };
    const usd = {
      orderId: randomUUID(),
      currency: 'USD',
      bookedAt: '2026-04-12T10:00:00Z',
      lines: one('300.00'),
    };
    const g = {
      orderId: randomUUID(),
      bookedAt: '2026-06-15T10:00:00Z',
      invoicedAt: '2026-07-03T10:00:00Z',
      lines: [{ productId: valve.id, productLine: 'Valves', net: '100.00', cost: '50.00' }],
    };
    await publishOrders(
      f.envelope(OrderPlaced, { order: order('PLACED', 1, a), placedAt: '2026-04-09T10:00:00Z' }),
      f.envelope(OrderConfirmed, {
        order: order('CONFIRMED', 2, a),
        confirmedAt: '2026-04-10T10:00:00Z',
      }),
      // The last second of the quarter counts; the first second of the next does not.
      f.envelope(OrderConfirmed, {
        order: order('CONFIRMED', 2, b),
        confirmedAt: '2026-06-30T23:59:59Z',
      }),
      f.envelope(OrderConfirmed, {
        order: order('CONFIRMED', 2, c),
        confirmedAt: '2026-07-01T00:00:00Z',
      }),
      // Cancelled after confirmation: no longer booked.
      f.envelope(OrderConfirmed, {
        order: order('CONFIRMED', 2, d),
        confirmedAt: '2026-04-20T10:00:00Z',
      }),
      f.envelope(OrderCancelled, {
        order: order('CANCELLED', 3, d),
        reason: 'customer withdrew',
        previousStatus: 'CONFIRMED',
        cancelledAt: '2026-04-22T10:00:00Z',
      }),
      f.envelope(OrderConfirmed, {
        order: order('CONFIRMED', 2, e),
        confirmedAt: '2026-04-11T10:00:00Z',
      }),
      f.envelope(OrderConfirmed, {
        order: order('CONFIRMED', 2, usd),
        confirmedAt: '2026-04-12T10:00:00Z',
      }),
      // Out of order: the invoice arrives before the confirmation; its snapshot already dates the booking by the confirmation.
      f.envelope(OrderInvoiced, {
        order: order('INVOICED', 4, g),
        invoicedAt: '2026-07-03T10:00:00Z',
      }),
      f.envelope(OrderConfirmed, {
        order: order('CONFIRMED', 2, g),
        confirmedAt: '2026-06-15T10:00:00Z',
      }),
    );
    await settled();
  });
  afterAll(() => f?.stop());

  it('counts orders booked in the period per rep, product line, product and account, exactly', async () => {
    const result = await attainment();
    expect(result).toMatchObject({
      target: '10000.00',
      booked: '3334.57',
      bookedMargin: '1584.47',
      invoiced: '0.00',
      gap: '6665.43',
      attainmentPercent: '33.35',
      currency: 'EUR',
      periodEnd: '2026-06-30',
    });
    expect(result.byProductLine).toEqual([
      {
        productLine: 'Pumps',
        target: '4000.00',
        booked: '2000.00',
        invoiced: '0.00',
        gap: '2000.00',
      },
      {
        productLine: 'Valves',
        target: '6000.00',
        booked: '1334.57',
        invoiced: '0.00',
        gap: '4665.43',
      },
    ]);
    expect(result.byProduct).toEqual([
      { productId: valve.id, booked: '1334.57' },
      { productId: pump.id, booked: '2000.00' },
    ]);
    expect(result.byAccount).toEqual([{ accountId: account, booked: '3334.57', invoiced: '0.00' }]);
  });

  it('moves invoiced attainment by exactly the invoiced order', async () => {
    await publishOrders(f.envelope(OrderInvoiced, invoiceA()));
    await settled();
    const result = await attainment();
    expect(result).toMatchObject({ booked: '3334.57', invoiced: '3234.56' });
  });

  it('does not count duplicated or stale events twice', async () => {
    const again = f.envelope(OrderInvoiced, invoiceA());
    await f.publish(Topics.order, again, again); // the same event twice: the inbox stops the second
    published += 1;
    await publishOrders(
      f.envelope(OrderInvoiced, invoiceA()), // a new event id, the same revision
      f.envelope(OrderConfirmed, {
        order: order('CONFIRMED', 2, a),
        confirmedAt: '2026-04-10T10:00:00Z',
      }), // stale
    );
    await settled();
    expect(await attainment()).toMatchObject({
      booked: '3334.57',
      invoiced: '3234.56',
      bookedMargin: '1584.47',
    });
    const [row] = await f.dataSource.query(
      'SELECT status, revision FROM attainment_order WHERE order_id = $1',
      [a.orderId],
    );
    expect(row).toEqual({ status: 'INVOICED', revision: 4 });
  });

  it('forecasts booked plus the weighted open pipeline closing in the period', async () => {
    const opp = (
      id: string,
      probability: number,
      expectedCloseDate: string | undefined,
      changedAt: string,
      stage = 'PROPOSAL' as const,
    ) =>
      f.envelope(OpportunityStageChanged, {
        opportunityId: id,
        name: 'Deal',
        ownerId: rita.id,
        stage,
        amount: '10000.00',
        currency: 'EUR',
        probability,
        expectedCloseDate,
        productIds: [],
        changedAt,
      });
    const o1 = randomUUID();
    const lost = randomUUID();
    await f.publish(
      Topics.lead,
      opp(o1, 30, '2026-05-15', '2026-04-01T10:00:00Z'),
      opp(o1, 50, '2026-05-15', '2026-04-08T10:00:00Z'),
      opp(o1, 10, '2026-05-15', '2026-04-02T10:00:00Z'), // older than the one before: ignored
      opp(randomUUID(), 33, '2026-06-30', '2026-04-03T10:00:00Z'),
      opp(randomUUID(), 90, '2026-07-01', '2026-04-03T10:00:00Z'), // closes next quarter
      opp(randomUUID(), 90, undefined, '2026-04-03T10:00:00Z'), // no close date: slipped, counted now
      opp(lost, 60, '2026-05-01', '2026-04-03T10:00:00Z'),
      f.envelope(OpportunityLost, {
        opportunityId: lost,
        name: 'Deal',
        ownerId: rita.id,
        stage: 'LOST',
        amount: '10000.00',
        currency: 'EUR',
        probability: 0,
        expectedCloseDate: '2026-05-01',
        productIds: [],
        lostReason: 'price',
        lostAt: '2026-04-04T10:00:00Z',
      }),
    );
    await waitFor(async () => (await f.handled('planning.pipeline')) >= 8, {
      what: 'opportunity events',
    });
    const { salesForecast } = await f.data<{ salesForecast: Record<string, unknown> }>(
      mia,
      `query($u: ID) { salesForecast(periodKind: QUARTER, periodStart: "2026-04-01", userId: $u) {
        booked weightedPipeline openPipeline openOpportunities forecast target gap
        slippedCounted slippedOpportunities slippedPipeline slippedDeals { reason expectedCloseDate } } }`,
      { u: rita.id },
    );
    // The deal without a close date is no longer dropped: it has slipped, and counts in the
    // current period (Q2 by the clock) unless the manager places it elsewhere.
    expect(salesForecast).toEqual({
      booked: '3334.57',
      weightedPipeline: '17300.00',
      openPipeline: '30000.00',
      openOpportunities: 3,
      forecast: '20634.57',
      target: '10000.00',
      gap: '-10634.57',
      slippedCounted: true,
      slippedOpportunities: 1,
      slippedPipeline: '10000.00',
      slippedDeals: [{ reason: 'NO_CLOSE_DATE', expectedCloseDate: null }],
    });
  });

  it('shows a seller’s attainment to them, their manager and admins, not to a colleague', async () => {
    expect(errorCode(await f.query(raj, q2, { user: rita.id }))).toBe('FORBIDDEN');
    expect((await attainment(mia)).booked).toBe('3334.57');
    // Rita reads her own figures, but not her margin.
    const own = await f.query<{ salesAttainment: Attainment }>(
      rita,
      q2.replace(' bookedMargin', ''),
      {
        user: rita.id,
      },
    );
    expect(own.data?.salesAttainment.booked).toBe('3334.57');
    expect(errorCode(await f.query(rita, q2, { user: rita.id }))).toBe('FORBIDDEN');
    expect((await attainment(DemoUsers.admin)).booked).toBe('3334.57');
    const entities = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on User { attainment(periodKind: QUARTER, periodStart: "2026-04-01") { booked invoiced } } } }`;
    const r = [{ __typename: 'User', id: rita.id }];
    expect((await f.data<{ _entities: unknown[] }>(rita, entities, { r }))._entities).toEqual([
      { attainment: { booked: '3334.57', invoiced: '3234.56' } },
    ]);
    expect(errorCode(await f.query(raj, entities, { r }))).toBe('FORBIDDEN');
  });

  it('shows an account’s attainment to its owner only, once the account directory knows it', async () => {
    const query = `query($a: ID!) { accountAttainment(accountId: $a, periodKind: QUARTER, periodStart: "2026-04-01") {
      booked invoiced byProduct { productId booked } } }`;
    expect(errorCode(await f.query(rita, query, { a: account }))).toBe('NOT_FOUND');
    await f.publish(
      Topics.account,
      f.envelope(AccountCreated, {
        accountId: account,
        name: 'Umbrella',
        segment: 'MEDIUM',
        tier: 'STANDARD',
        ownerId: rita.id,
        origin: 'MANUAL',
        createdAt: '2026-01-02T00:00:00Z',
      }),
    );
    const result = await waitFor(async () => {
      const response = await f.query<{ accountAttainment: { booked: string } }>(rita, query, {
        a: account,
      });
      return response.data?.accountAttainment;
    });
    // The account's orders, whoever was credited: Rita's and Raj's 900.00.
    expect(result).toMatchObject({ booked: '4234.57', invoiced: '3234.56' });
    expect(errorCode(await f.query(raj, query, { a: account }))).toBe('NOT_FOUND');
    expect(errorCode(await f.query(rita, query, { a: 'not-a-uuid' }))).toBe('NOT_FOUND');
  });

  it('refuses a period start that does not start the period', async () => {
    const response = await f.query(
      rita,
      '{ salesAttainment(periodKind: MONTH, periodStart: "2026-04-15") { booked } }',
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });
});

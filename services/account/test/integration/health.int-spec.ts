import { randomUUID } from 'node:crypto';
import {
  AccountAtRisk,
  AccountRecovered,
  OrderCancelled,
  OrderConfirmed,
  OrderInvoiced,
  OrderPlaced,
} from '@salesgraph/events';
import { DemoAccounts, DemoUsers } from '@salesgraph/demo-data';
import type { AuthenticatedUser } from '@salesgraph/identity';
import { fixedClock } from '@salesgraph/service-kit';
import { errorCode, expectData } from '@salesgraph/testing';
import type { AccountComponents } from '../../src/account-components';
import { HealthRecheckJob } from '../../src/modules/health/health-recheck.job';
import {
  daysAgo,
  EventPublisher,
  orderSnapshot,
  outboxEvents,
  sql,
  startAccountService,
  type AccountSut,
} from './account-test-kit';
import { healthProbe } from './health-probe';
import { demoSeedOf } from './seeded-service';

describe('health and churn risk', () => {
  let sut: AccountSut;
  let publisher: EventPublisher;
  let components: AccountComponents;
  let probe: ReturnType<typeof healthProbe>;
  const { umbrella } = DemoAccounts;

  beforeAll(async () => {
    sut = await startAccountService('account-health');
    publisher = new EventPublisher(sut);
    probe = healthProbe(sut);
    const demo = demoSeedOf(sut);
    components = demo.components;
    await demo.seed();
  });
  afterAll(async () => {
    await publisher?.close();
    await sut?.stop();
  });

  it('changes the reasons as orders and threats arrive, and flags AT_RISK and recovery', async () => {
    const { healthOf, codes, settlesAt } = probe;
    const orderA = randomUUID();
    const orderB = randomUUID();
    expect(codes(await healthOf(umbrella.id, DemoUsers.rep))).toEqual(['NO_ORDERS_YET']);

    // an order four months ago and nothing since: falling revenue, no recent order
    await publisher.publish(OrderConfirmed, {
      order: orderSnapshot({
        orderId: orderA,
        accountId: umbrella.id,
        status: 'CONFIRMED',
        revision: 2,
        totalNet: '5000.00',
        placedAt: daysAgo(120),
        bookedAt: daysAgo(119),
      }),
      confirmedAt: daysAgo(119),
    });
    const falling = await settlesAt(umbrella.id, ['NO_RECENT_ORDERS', 'REVENUE_FALLING_SHARPLY']);
    expect(falling).toMatchObject({ score: 50, status: 'AT_RISK' });
    expect(falling.reasons.find((r) => r.code === 'NO_RECENT_ORDERS')?.message).toBe(
      'The last order was 120 days ago.',
    );
    const [atRisk] = await outboxEvents(sut, AccountAtRisk.type, umbrella.id);
    expect((atRisk.data.reasons as Array<{ code: string }>).map((r) => r.code)).toEqual([
      'NO_RECENT_ORDERS',
      'REVENUE_FALLING_SHARPLY',
    ]);

    // a new order placed: the customer orders again (not booked until confirmed)
    const placed = orderSnapshot({
      orderId: orderB,
      accountId: umbrella.id,
      status: 'PLACED',
      revision: 1,
      totalNet: '4000.00',
      placedAt: daysAgo(3),
    });
    await publisher.publish(OrderPlaced, { order: placed, placedAt: daysAgo(3) });
    expect(await settlesAt(umbrella.id, ['REVENUE_FALLING_SHARPLY'])).toMatchObject({
      score: 70,
      status: 'ACTIVE',
    });
    expect(await outboxEvents(sut, AccountRecovered.type, umbrella.id)).toHaveLength(1);

    const confirmedB = publisher.envelope(OrderConfirmed, {
      order: orderSnapshot({ ...placed, status: 'CONFIRMED', revision: 2, bookedAt: daysAgo(2) }),
      confirmedAt: daysAgo(2),
    });
    await publisher.send(OrderConfirmed, confirmedB);
    expect(await settlesAt(umbrella.id, ['REVENUE_FALLING'])).toMatchObject({ score: 85 });

    const threat = expectData(
      await sut.query<{ logCompetitorThreat: { id: string; status: string } }>(
        DemoUsers.rep,
        `mutation($input: LogCompetitorThreatInput!) { logCompetitorThreat(input: $input) { id status } }`,
        {
          input: {
            accountId: umbrella.id,
            competitor: 'Boxfold',
            threatLevel: 'HIGH',
            notes: 'Quoted 15% below us',
          },
        },
      ),
    ).logCompetitorThreat;
    expect(await settlesAt(umbrella.id, ['REVENUE_FALLING', 'COMPETITOR_THREAT'])).toMatchObject({
      score: 60,
      status: 'ACTIVE',
    });

    // order A cancelled (revision 4), then a late, older snapshot (revision 3) and a redelivery: no effect
    await publisher.publish(OrderCancelled, {
      order: orderSnapshot({
        orderId: orderA,
        accountId: umbrella.id,
        status: 'CANCELLED',
        revision: 4,
        totalNet: '5000.00',
        placedAt: daysAgo(120),
        bookedAt: daysAgo(119),
      }),
      reason: 'Customer withdrew',
      previousStatus: 'CONFIRMED',
      cancelledAt: daysAgo(1),
    });
    const late = await publisher.publish(OrderInvoiced, {
      order: orderSnapshot({
        orderId: orderA,
        accountId: umbrella.id,
        status: 'INVOICED',
        revision: 3,
        totalNet: '5000.00',
        placedAt: daysAgo(120),
        bookedAt: daysAgo(119),
      }),
      invoicedAt: daysAgo(100),
    });
    await publisher.send(OrderConfirmed, confirmedB);
    await sut.eventHandled(late.id);
    expect(await settlesAt(umbrella.id, ['COMPETITOR_THREAT'])).toMatchObject({ score: 75 });
    expect(
      await sql(sut, 'SELECT status, revision FROM account_order WHERE order_id = $1', [orderA]),
    ).toEqual([{ status: 'CANCELLED', revision: 4 }]);

    // The margin is for account managers, managers, coordinators and admins; the owning rep gets FORBIDDEN.
    const marginOf = (who: AuthenticatedUser) =>
      sut.query<{ account: { commercials: Array<{ bookedMargin: string }> } }>(
        who,
        'query($id: ID!) { account(id: $id) { commercials { bookedMargin } } }',
        { id: umbrella.id },
      );
    expect(errorCode(await marginOf(DemoUsers.rep))).toBe('FORBIDDEN');
    expect(expectData(await marginOf(DemoUsers.admin)).account.commercials).toEqual([
      { bookedMargin: '4000.00' },
    ]);
    const commercials = expectData(
      await sut.query<{
        account: {
          commercials: Array<Record<string, unknown> & { monthly: Array<{ revenue: string }> }>;
        };
      }>(
        DemoUsers.rep,
        `query($id: ID!) { account(id: $id) { commercials { currency bookedRevenue pendingOrderValue
           revenueLast90Days revenuePrevious90Days revenueTrendPercent bookedOrderCount daysSinceLastOrder monthly(months: 6) { revenue } } } }`,
        { id: umbrella.id },
      ),
    ).account.commercials;
    expect(commercials).toEqual([
      expect.objectContaining({
        currency: 'EUR',
        bookedRevenue: '4000.00',
        pendingOrderValue: '0.00',
        revenueLast90Days: '4000.00',
        revenuePrevious90Days: '0.00',
        revenueTrendPercent: null,
        bookedOrderCount: 1,
        daysSinceLastOrder: 3,
      }),
    ]);
    expect(commercials[0].monthly.map((m) => m.revenue).filter((r) => r !== '0.00')).toEqual([
      '4000.00',
    ]);

    // health ages without events: 200 days on, the recheck job finds no recent order
    const job = new HealthRecheckJob(
      components.health,
      fixedClock(new Date(Date.now() + 200 * 86_400_000)),
      60_000,
      sut.service.deps.logger,
    );
    expect(await job.runOnce()).toBeGreaterThan(0);
    const aged = await healthOf(umbrella.id);
    expect(aged).toMatchObject({ score: 40, status: 'AT_RISK' });
    expect(codes(aged)).toEqual(['COMPETITOR_THREAT', 'NO_RECENT_ORDERS']);
    expect(await outboxEvents(sut, AccountAtRisk.type, umbrella.id)).toHaveLength(2);

    // the threat mitigated today: healthy again, and the recovery is published
    await sut.query(
      DemoUsers.rep,
      'mutation($input: UpdateCompetitorThreatInput!) { updateCompetitorThreat(input: $input) { id } }',
      {
        input: { id: threat.id, status: 'MITIGATED' },
      },
    );
    expect(await healthOf(umbrella.id)).toEqual({ score: 100, status: 'ACTIVE', reasons: [] });
    const recovered = await outboxEvents(sut, AccountRecovered.type, umbrella.id);
    expect(recovered).toHaveLength(2);
    expect(recovered[1].data).toMatchObject({ score: 100, reasons: [] });
  });
});

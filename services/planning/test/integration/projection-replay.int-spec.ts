import { randomUUID } from 'node:crypto';
import {
  AccountCreated,
  AccountOwnerChanged,
  OpportunityStageChanged,
  OpportunityWon,
  OrderCancelled,
  OrderConfirmed,
  OrderFulfilled,
  OrderInvoiced,
  Topics,
} from '@salesgraph/events';
import { DemoProducts, DemoUsers } from '@salesgraph/demo-data';
import { createKafkaTopicAdmin, silentLogger, TopicNamespace } from '@salesgraph/messaging';
import { ProjectionReplay } from '@salesgraph/service-kit';
import { testBroker, testInfrastructure, waitFor } from '@salesgraph/testing';
import { planningProjections } from '../../src/modules/replay/planning-projections';
import { orderSnapshot, PlanningFixture } from './support/planning-fixture';

const { manager: mia, rep: rita, rep2: raj, accountManager: alex } = DemoUsers;
const { valve, pump, sensor } = DemoProducts;

/** Every projection row, in key order: what "identical" is checked against. */
const projectionQueries = [
  'SELECT * FROM attainment_order ORDER BY order_id',
  'SELECT * FROM attainment_order_line ORDER BY order_id, line_no',
  'SELECT * FROM pipeline_opportunity ORDER BY opportunity_id',
  'SELECT * FROM account_owner ORDER BY account_id',
];
/** The service's own state, which a replay must not touch. */
const ownStateQueries = [
  'SELECT * FROM sales_team ORDER BY id',
  'SELECT * FROM sales_team_member ORDER BY team_id, user_id',
  'SELECT * FROM revenue_target ORDER BY id',
  'SELECT * FROM account_plan ORDER BY id',
  'SELECT count(*)::int AS n FROM outbox_message',
];

describe('planning: projection replay', () => {
  let f: PlanningFixture;
  const events = { order: 0, lead: 0, account: 0 };
  const accounts = [randomUUID(), randomUUID(), randomUUID()];

  const snapshot = (queries: string[]) => Promise.all(queries.map((q) => f.dataSource.query(q)));
  const replay = () => {
    const admin = createKafkaTopicAdmin({
      clientId: 'replay-test',
      brokers: testInfrastructure().kafkaBrokers,
      logger: silentLogger,
    });
    const broker = testBroker();
    return new ProjectionReplay({
      serviceName: 'planning',
      dataSource: f.dataSource,
      broker,
      admin,
      namespace: new TopicNamespace(f.sut.topicPrefix),
      logger: silentLogger,
      projections: planningProjections(),
      timeoutMs: 60_000,
    })
      .run()
      .finally(async () => {
        await broker.disconnect();
        await admin.disconnect();
      });
  };
  const handledAll = () =>
    waitFor(
      async () =>
        (await f.handled('planning.attainment')) >= events.order &&
        (await f.handled('planning.pipeline')) >= events.lead &&
        (await f.handled('planning.account-directory')) >= events.account,
      { what: 'every published event handled' },
    );

  beforeAll(async () => {
    f = await PlanningFixture.start('planning-replay');
    const team = await f.data<{ createSalesTeam: { id: string } }>(
      mia,
      'mutation { createSalesTeam(input: { name: "North" }) { id } }',
    );
    for (const [userId, role] of [
      [rita.id, 'SALES_REP'],
      [raj.id, 'SALES_REP'],
      [alex.id, 'ACCOUNT_MANAGER'],
    ])
      await f.data(
        DemoUsers.admin,
        'mutation($i: AddSalesTeamMemberInput!) { addSalesTeamMember(input: $i) { id } }',
        {
          i: { teamId: team.createSalesTeam.id, userId, role },
        },
      );
    await f.data(
      mia,
      'mutation($i: SetRevenueTargetInput!) { setRevenueTarget(input: $i) { id } }',
      {
        i: { repId: rita.id, periodKind: 'YEAR', periodStart: '2026-01-01', amount: '50000' },
      },
    );

    const accountEvents = [
      f.envelope(AccountCreated, {
        accountId: accounts[0],
        name: 'Globex',
        segment: 'LARGE',
        tier: 'KEY',
        ownerId: alex.id,
        origin: 'MANUAL',
        createdAt: '2026-01-02T00:00:00Z',
      }),
      f.envelope(AccountCreated, {
        accountId: accounts[1],
        name: 'Hooli',
        segment: 'SMALL',
        tier: 'STANDARD',
        ownerId: rita.id,
        origin: 'MANUAL',
        createdAt: '2026-01-02T00:00:00Z',
      }),
      f.envelope(AccountOwnerChanged, {
        accountId: accounts[1],
        previousOwnerId: rita.id,
        ownerId: raj.id,
        tier: 'STANDARD',
        reason: 'territory',
        ruleVersion: 'v1',
        changedAt: '2026-02-01T00:00:00Z',
      }),
    ];
    await f.publish(Topics.account, ...accountEvents);
    events.account += accountEvents.length;
    await handledAll();
    await f.data(
      alex,
      'mutation($i: CreateAccountPlanInput!) { createAccountPlan(input: $i) { id } }',
      {
        i: { accountId: accounts[0], year: 2026 },
      },
    );

    const orderEvents = [];
    for (let i = 0; i < 12; i += 1) {
      const day = String(1 + i).padStart(2, '0');
      const base = {
        orderId: randomUUID(),
        accountId: accounts[i % 3],
        bookedAt: `2026-03-${day}T10:00:00Z`,
        invoicedAt: `2026-05-${day}T10:00:00Z`,
        creditedTo: i % 2 ? rita.id : raj.id,
        lines: [
          {
            productId: [valve, pump, sensor][i % 3].id,
            productLine: ['Valves', 'Pumps', 'Sensors'][i % 3],
            net: `${100 + i}.${i}5`,
            cost: `${50 + i}.10`,
          },
          { productId: valve.id, productLine: 'Valves', net: '0.01', cost: '0.00' },
        ],
      };
      const confirmed = f.envelope(OrderConfirmed, {
        order: orderSnapshot({ ...base, status: 'CONFIRMED', revision: 2 }),
        confirmedAt: `2026-03-${day}T10:00:00Z`,
      });
      const fulfilled = f.envelope(OrderFulfilled, {
        order: orderSnapshot({ ...base, status: 'FULFILLED', revision: 3 }),
        fulfilledAt: `2026-04-${day}T10:00:00Z`,
      });
      const invoiced = f.envelope(OrderInvoiced, {
        order: orderSnapshot({ ...base, status: 'INVOICED', revision: 4 }),
        invoicedAt: `2026-05-${day}T10:00:00Z`,
      });
      const cancelled = f.envelope(OrderCancelled, {
        order: orderSnapshot({ ...base, status: 'CANCELLED', revision: 3 }),
        reason: 'changed mind',
        previousStatus: 'CONFIRMED',
        cancelledAt: `2026-03-${day}T12:00:00Z`,
      });
      // A mix of lifecycles, some out of order and some duplicated.
      if (i % 4 === 0) orderEvents.push(confirmed, fulfilled, invoiced);
      else if (i % 4 === 1) orderEvents.push(invoiced, confirmed, invoiced);
      else if (i % 4 === 2) orderEvents.push(confirmed, cancelled);
      else orderEvents.push(confirmed, confirmed, fulfilled);
    }
    await f.publish(Topics.order, ...orderEvents);
    events.order += new Set(orderEvents.map((e) => e.id)).size;

    const opportunity = randomUUID();
    const opp = (probability: number, changedAt: string) =>
      f.envelope(OpportunityStageChanged, {
        opportunityId: opportunity,
        name: 'Pumps for Globex',
        accountId: accounts[0],
        ownerId: rita.id,
        stage: 'PROPOSAL',
        amount: '25000.00',
        currency: 'EUR',
        probability,
        expectedCloseDate: '2026-06-30',
        productIds: [pump.id],
        changedAt,
      });
    const leadEvents = [
      opp(20, '2026-03-01T00:00:00Z'),
      opp(40, '2026-03-05T00:00:00Z'),
      f.envelope(OpportunityWon, {
        opportunityId: randomUUID(),
        name: 'Valves',
        ownerId: raj.id,
        stage: 'WON',
        amount: '999.99',
        currency: 'EUR',
        probability: 100,
        productIds: [],
        lines: [],
        wonAt: '2026-03-07T00:00:00Z',
      }),
    ];
    await f.publish(Topics.lead, ...leadEvents);
    events.lead += leadEvents.length;
    await handledAll();
  });
  afterAll(() => f?.stop());

  it('rebuilds projections identical to the live ones and leaves the service’s own state alone', async () => {
    const live = await snapshot(projectionQueries);
    const own = await snapshot(ownStateQueries);
    expect(live[0]).toHaveLength(12);
    // Rita's own figures, and her margin as her manager sees it (reps see no margins).
    const attainmentQuery =
      '{ salesAttainment(periodKind: YEAR, periodStart: "2026-01-01") { booked invoiced } }';
    const marginQuery = `{ salesAttainment(periodKind: YEAR, periodStart: "2026-01-01", userId: "${rita.id}") { bookedMargin } }`;
    const liveAttainment = await f.data(rita, attainmentQuery);
    const liveMargin = await f.data(mia, marginQuery);

    // Damage the projections, so that only a real rebuild can restore them.
    await f.dataSource.query(`UPDATE attainment_order SET total_net = 0, status = 'PLACED'`);
    await f.dataSource.query('DELETE FROM pipeline_opportunity');
    await f.dataSource.query(`UPDATE account_owner SET owner_id = 'nobody'`);

    const result = await replay();
    expect(result.eventsReplayed).toBe(events.order + events.lead + events.account);
    expect(await snapshot(projectionQueries)).toEqual(live);
    expect(await snapshot(ownStateQueries)).toEqual(own);
    expect(await f.data(rita, attainmentQuery)).toEqual(liveAttainment);
    expect(await f.data(mia, marginQuery)).toEqual(liveMargin);
    const [run] = await f.dataSource.query(
      'SELECT status, events_replayed FROM projection_rebuild WHERE id = $1',
      [result.runId],
    );
    expect(run).toEqual({ status: 'DONE', events_replayed: result.eventsReplayed });
  });

  it('keeps consuming live events after a replay, and a second replay gives the same result', async () => {
    const base = {
      orderId: randomUUID(),
      accountId: accounts[1],
      creditedTo: rita.id,
      bookedAt: '2026-06-01T00:00:00Z',
      lines: [{ productId: pump.id, productLine: 'Pumps', net: '1000.00', cost: '400.00' }],
    };
    await f.publish(
      Topics.order,
      f.envelope(OrderConfirmed, {
        order: orderSnapshot({ ...base, status: 'CONFIRMED', revision: 2 }),
        confirmedAt: '2026-06-01T00:00:00Z',
      }),
    );
    events.order += 1;
    await handledAll();
    const live = await snapshot(projectionQueries);
    expect(live[0]).toHaveLength(13);
    await replay();
    expect(await snapshot(projectionQueries)).toEqual(live);
  });

  it('refuses to replay, and empties nothing, when a topic no longer holds its earliest events', async () => {
    const live = await snapshot(projectionQueries);
    const [runsBefore] = await f.dataSource.query(
      'SELECT count(*)::int AS n FROM projection_rebuild',
    );
    const admin = createKafkaTopicAdmin({
      clientId: 'replay-retention-test',
      brokers: testInfrastructure().kafkaBrokers,
      logger: silentLogger,
    });
    try {
      const topic = new TopicNamespace(f.sut.topicPrefix).resolve(Topics.order);
      const [range] = (await admin.partitionRanges(topic)).filter((r) => BigInt(r.high) > 0n);
      // As retention would: the partition's first event is gone.
      await admin.deleteRecordsBefore(topic, range.partition, '1');
    } finally {
      await admin.disconnect();
    }

    await expect(replay()).rejects.toThrow(
      /replay refused: .* no longer holds its earliest events/,
    );
    expect(await snapshot(projectionQueries)).toEqual(live);
    const [runsAfter] = await f.dataSource.query(
      'SELECT count(*)::int AS n FROM projection_rebuild',
    );
    expect(runsAfter.n).toBe(runsBefore.n);
  });
});

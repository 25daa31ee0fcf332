import { randomUUID } from 'node:crypto';
import {
  AccountCreated,
  AccountOwnerChanged,
  AccountPlanApproved,
  OrderConfirmed,
  PlanShortfallDetected,
  Topics,
} from '@salesgraph/events';
import { DemoProducts, DemoUsers } from '@salesgraph/demo-data';
import type { AuthenticatedUser } from '@salesgraph/identity';
import {
  collectMessages,
  errorCode,
  stillTrueAfter,
  testBroker,
  waitFor,
} from '@salesgraph/testing';
import { orderSnapshot, PlanningFixture } from './support/planning-fixture';
import { ManualClock } from '@salesgraph/service-kit';

const {
  manager: mia,
  manager2: max,
  rep: rita,
  accountManager: alex,
  accountManager2: ana,
} = DemoUsers;
const { valve, pump, sensor } = DemoProducts;
const globex = randomUUID();
const initech = randomUUID();
const umbrella = randomUUID();

const planFields = `id status accountManagerId objectives competitorDefenceNotes returnReason approvedBy
  productTargets { productId revenue margin }`;
const create = `mutation($i: CreateAccountPlanInput!) { createAccountPlan(input: $i) { ${planFields} } }`;

describe('planning: account plans, plan against actual and shortfall actions', () => {
  const clock = new ManualClock(new Date('2026-03-10T12:00:00Z'));
  let f: PlanningFixture;
  let planId: string;
  const broker = testBroker();
  let collector: Awaited<ReturnType<typeof collectMessages>>;
  const planningEvents = (type: string) =>
    collector.messages.map((m) => JSON.parse(m.value!.toString())).filter((e) => e.type === type);

  beforeAll(async () => {
    f = await PlanningFixture.start('planning-plans', {
      clock,
      env: {
        SHORTFALL_CHECK_INTERVAL_MS: '200',
        SHORTFALL_THRESHOLD_PERCENT: '20',
        SHORTFALL_GRACE_DAYS: '14',
      },
    });
    collector = await collectMessages(broker, `${f.sut.topicPrefix}${Topics.planning}`);
    const team = async (
      manager: typeof mia | typeof max,
      name: string,
      members: Array<[string, string]>,
    ) => {
      const { createSalesTeam } = await f.data<{ createSalesTeam: { id: string } }>(
        manager,
        'mutation($n: String!) { createSalesTeam(input: { name: $n }) { id } }',
        { n: name },
      );
      // Membership is an admin's decision.
      for (const [userId, role] of members)
        await f.data(
          DemoUsers.admin,
          'mutation($i: AddSalesTeamMemberInput!) { addSalesTeamMember(input: $i) { id } }',
          {
            i: { teamId: createSalesTeam.id, userId, role },
          },
        );
    };
    await team(mia, 'North', [
      [alex.id, 'ACCOUNT_MANAGER'],
      [rita.id, 'SALES_REP'],
    ]);
    await team(max, 'South', [[ana.id, 'ACCOUNT_MANAGER']]);
    const account = (accountId: string, name: string, tier: 'KEY' | 'STANDARD', ownerId: string) =>
      f.envelope(AccountCreated, {
        accountId,
        name,
        segment: 'LARGE',
        tier,
        ownerId,
        origin: 'MANUAL',
        createdAt: '2026-01-02T00:00:00Z',
      });
    await f.publish(
      Topics.account,
      account(globex, 'Globex', 'KEY', alex.id),
      account(initech, 'Initech', 'KEY', ana.id),
      account(umbrella, 'Umbrella', 'STANDARD', rita.id),
    );
    const booked = (productId: string, productLine: string, net: string) =>
      f.envelope(OrderConfirmed, {
        order: orderSnapshot({
          accountId: globex,
          creditedTo: alex.id,
          status: 'CONFIRMED',
          revision: 2,
          lines: [{ productId, productLine, net, cost: '100.00' }],
          bookedAt: '2026-02-10T10:00:00Z',
        }),
        confirmedAt: '2026-02-10T10:00:00Z',
      });
    await f.publish(
      Topics.order,
      booked(valve.id, 'Valves', '3000.00'),
      booked(pump.id, 'Pumps', '1000.00'),
      booked(sensor.id, 'Sensors', '500.00'),
    );
    await waitFor(
      async () =>
        (await f.handled('planning.account-directory')) >= 3 &&
        (await f.handled('planning.attainment')) >= 3,
    );
  });
  afterAll(async () => {
    await collector?.close();
    await broker.disconnect();
    await f?.stop();
  });

  it('lets an account manager open a plan for their own key account only', async () => {
    const created = await f.data<{
      createAccountPlan: { id: string; status: string; accountManagerId: string };
    }>(alex, create, {
      i: {
        accountId: globex,
        year: 2026,
        objectives: ['Grow pumps'],
        competitorDefenceNotes: 'Acme undercuts by 8 %',
      },
    });
    planId = created.createAccountPlan.id;
    expect(created.createAccountPlan).toMatchObject({ status: 'DRAFT', accountManagerId: alex.id });
    expect(errorCode(await f.query(alex, create, { i: { accountId: initech, year: 2026 } }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await f.query(rita, create, { i: { accountId: umbrella, year: 2026 } }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await f.query(alex, create, { i: { accountId: umbrella, year: 2026 } }))).toBe(
      'CONFLICT',
    );
    expect(
      errorCode(await f.query(alex, create, { i: { accountId: randomUUID(), year: 2026 } })),
    ).toBe('NOT_FOUND');
    expect(errorCode(await f.query(alex, create, { i: { accountId: globex, year: 2026 } }))).toBe(
      'CONFLICT',
    );
    expect(errorCode(await f.query(alex, create, { i: { accountId: globex, year: 1999 } }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('is edited as a draft, submitted, and approved only by the account manager’s own sales manager', async () => {
    const setTargets = `mutation($i: SetAccountPlanTargetsInput!) { setAccountPlanTargets(input: $i) { productTargets { productId revenue margin } } }`;
    const bad = await f.query(alex, setTargets, {
      i: { planId, targets: [{ productId: valve.id, revenue: '100', margin: '150' }] },
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const targets = [
      { productId: valve.id, revenue: '12000.00', margin: '5000.00' },
      { productId: pump.id, revenue: '24000.00', margin: '9000.00' },
    ];
    expect(
      (
        await f.data<{ setAccountPlanTargets: unknown }>(alex, setTargets, {
          i: { planId, targets },
        })
      ).setAccountPlanTargets,
    ).toEqual({ productTargets: targets });
    await f.data(
      alex,
      'mutation($i: AddRelationshipActionInput!) { addRelationshipAction(input: $i) { id } }',
      {
        i: { planId, description: 'Quarterly business review', dueDate: '2026-04-15' },
      },
    );

    const step = (user: AuthenticatedUser, name: string) =>
      f.query(user, `mutation($p: ID!) { ${name}(planId: $p) { status } }`, { p: planId });
    expect(errorCode(await step(mia, 'approveAccountPlan'))).toBe('INVALID_TRANSITION');
    expect((await step(alex, 'submitAccountPlan')).data).toEqual({
      submitAccountPlan: { status: 'SUBMITTED' },
    });
    const locked = await f.query(
      alex,
      'mutation($i: UpdateAccountPlanInput!) { updateAccountPlan(input: $i) { id } }',
      { i: { planId, objectives: ['x'] } },
    );
    expect(errorCode(locked)).toBe('CONFLICT');
    expect(errorCode(await step(max, 'approveAccountPlan'))).toBe('NOT_FOUND'); // Max does not lead Alex: he cannot even see the plan
    expect(errorCode(await step(alex, 'approveAccountPlan'))).toBe('FORBIDDEN'); // an account manager cannot approve
    expect((await step(mia, 'approveAccountPlan')).data).toEqual({
      approveAccountPlan: { status: 'APPROVED' },
    });

    const approved = await waitFor(() => planningEvents(AccountPlanApproved.type)[0]);
    expect(approved.data).toMatchObject({
      planId,
      accountId: globex,
      year: 2026,
      accountManagerId: alex.id,
      approvedBy: mia.id,
      currency: 'EUR',
      productTargets: targets,
    });
    const { accountPlan } = await f.data<{
      accountPlan: { history: Array<{ eventType: string; data: { change?: string } }> };
    }>(mia, 'query($p: ID!) { accountPlan(id: $p) { history { eventType data } } }', { p: planId });
    // The shortfall monitor may already have added its own entry after these.
    expect(accountPlan.history.map((h) => h.data.change ?? h.eventType).slice(0, 5)).toEqual([
      'CREATED',
      'TARGETS_SET',
      'ACTION_ADDED',
      'SUBMITTED',
      AccountPlanApproved.type,
    ]);
  });

  it('shows plan against actual per product, with pace by the clock', async () => {
    const { accountPlan } = await f.data<{ accountPlan: { planVsActual: unknown[] } }>(
      alex,
      `query($p: ID!) { accountPlan(id: $p) { planVsActual {
        productId revenueTarget actualRevenue actualMargin revenueGap expectedByNow attainmentPercent behindPace } } }`,
      { p: planId },
    );
    // 2026-03-10T12:00Z is 68.5 of 365 days into the year.
    expect(accountPlan.planVsActual).toEqual([
      {
        productId: valve.id,
        revenueTarget: '12000.00',
        actualRevenue: '3000.00',
        actualMargin: '2900.00',
        revenueGap: '9000.00',
        expectedByNow: '2252.05',
        attainmentPercent: '25.00',
        behindPace: false,
      },
      {
        productId: pump.id,
        revenueTarget: '24000.00',
        actualRevenue: '1000.00',
        actualMargin: '900.00',
        revenueGap: '23000.00',
        expectedByNow: '4504.11',
        attainmentPercent: '4.17',
        behindPace: true,
      },
      {
        productId: sensor.id,
        revenueTarget: null,
        actualRevenue: '500.00',
        actualMargin: '400.00',
        revenueGap: null,
        expectedByNow: null,
        attainmentPercent: null,
        behindPace: false,
      },
    ]);
  });

  it('creates one action and one PlanShortfallDetected per product behind pace and detection window', async () => {
    const first = await waitFor(() => planningEvents(PlanShortfallDetected.type)[0], {
      what: 'a shortfall',
    });
    expect(first.data).toMatchObject({
      planId,
      accountId: globex,
      productId: pump.id,
      accountManagerId: alex.id,
      target: '24000.00',
      actual: '1000.00',
      expectedByNow: '4504.11',
      shortfallPercent: '77.80',
    });
    expect(
      await stillTrueAfter(1_000, () => planningEvents(PlanShortfallDetected.type).length === 1),
    ).toBe(true);
    const mine = await f.data<{
      myRelationshipActions: Array<{
        id: string;
        origin: string;
        productId: string | null;
        dueDate: string;
      }>;
    }>(alex, '{ myRelationshipActions(status: OPEN) { id origin productId dueDate } }');
    const shortfallAction = mine.myRelationshipActions.find((a) => a.origin === 'SHORTFALL');
    expect(shortfallAction).toMatchObject({
      id: first.data.actionId,
      productId: pump.id,
      dueDate: '2026-03-24',
    });

    clock.set(new Date('2026-04-10T12:00:00Z')); // the next window: still behind, a new alert
    const second = await waitFor(() => planningEvents(PlanShortfallDetected.type)[1], {
      what: 'a second shortfall',
    });
    expect(second.data).toMatchObject({
      productId: pump.id,
      detectedAt: '2026-04-10T12:00:00.000Z',
    });
    expect(
      await stillTrueAfter(600, () => planningEvents(PlanShortfallDetected.type).length === 2),
    ).toBe(true);

    const update =
      'mutation($i: UpdateRelationshipActionInput!) { updateRelationshipAction(input: $i) { status } }';
    expect(
      errorCode(
        await f.query(rita, update, { i: { actionId: shortfallAction!.id, status: 'DONE' } }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      await f.data(alex, update, { i: { actionId: shortfallAction!.id, status: 'DONE' } }),
    ).toEqual({ updateRelationshipAction: { status: 'DONE' } });
    expect(
      errorCode(
        await f.query(alex, update, {
          i: { actionId: shortfallAction!.id, status: 'IN_PROGRESS' },
        }),
      ),
    ).toBe('INVALID_TRANSITION');
  });

  it('answers Account.plan for the account manager and their manager, null for others', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Account { plan(year: 2026) { id status } } } }`;
    const r = [{ __typename: 'Account', id: globex }];
    for (const user of [alex, mia])
      expect((await f.data<{ _entities: unknown[] }>(user, query, { r }))._entities).toEqual([
        { plan: { id: planId, status: 'APPROVED' } },
      ]);
    for (const user of [rita, max, ana])
      expect((await f.data<{ _entities: unknown[] }>(user, query, { r }))._entities).toEqual([
        { plan: null },
      ]);
    const none = await f.data<{ _entities: unknown[] }>(alex, query, {
      r: [{ __typename: 'Account', id: 'x' }],
    });
    expect(none._entities).toEqual([{ plan: null }]);
  });

  it('follows the key account to its new account manager, with the open actions', async () => {
    await f.publish(
      Topics.account,
      f.envelope(AccountOwnerChanged, {
        accountId: globex,
        previousOwnerId: alex.id,
        ownerId: ana.id,
        tier: 'KEY',
        reason: 'handoff',
        ruleVersion: 'v1',
        changedAt: '2026-04-11T00:00:00Z',
      }),
    );
    const plan = await waitFor(async () => {
      const response = await f.query<{
        accountPlan: {
          accountManagerId: string;
          relationshipActions: Array<{ ownerId: string; status: string }>;
        };
      }>(
        ana,
        'query($p: ID!) { accountPlan(id: $p) { accountManagerId relationshipActions { ownerId status } } }',
        { p: planId },
      );
      return response.data?.accountPlan;
    });
    expect(plan.accountManagerId).toBe(ana.id);
    for (const action of plan.relationshipActions)
      expect(action.ownerId).toBe(action.status === 'DONE' ? alex.id : ana.id);
    expect(
      errorCode(
        await f.query(alex, 'mutation($p: ID!) { reviseAccountPlan(planId: $p) { id } }', {
          p: planId,
        }),
      ),
    ).toBe('NOT_FOUND');
  });
});

import { randomUUID } from 'node:crypto';
import {
  AccountCreated,
  AccountOwnerChanged,
  AccountPlanChanged,
  PlanShortfallDetected,
  Topics,
} from '@salesgraph/events';
import { DemoProducts, DemoUsers } from '@salesgraph/demo-data';
import type { AuthenticatedUser } from '@salesgraph/identity';
import {
  collectMessages,
  errorCode,
  historyFields,
  outboxCount,
  testBroker,
  waitFor,
} from '@salesgraph/testing';
import { PlanningFixture } from './support/planning-fixture';
import { ManualClock } from '@salesgraph/service-kit';

const {
  manager: mia,
  manager2: max,
  rep: rita,
  accountManager: alex,
  accountManager2: ana,
} = DemoUsers;
const globex = randomUUID();
const add = `mutation($i: AddRelationshipActionInput!) { addRelationshipAction(input: $i) { id ${historyFields} } }`;
const update = `mutation($i: UpdateRelationshipActionInput!) { updateRelationshipAction(input: $i) { id status ${historyFields} } }`;
const planActions = `query($p: ID!) { accountPlan(id: $p) { relationshipActions { id ownerId ${historyFields} } } }`;

interface Entry {
  eventType: string;
  actorId: string;
  occurredAt: string;
  data: {
    change?: string;
    actionId?: string;
    action?: { actionId: string; ownerId: string; status: string; dueDate: string };
  };
}
interface Action {
  id: string;
  ownerId: string;
  history: Entry[];
}

describe('planning: relationship action history', () => {
  const clock = new ManualClock(new Date('2026-03-10T12:00:00Z'));
  let f: PlanningFixture;
  let planId: string;
  let mine: string; // assigned to Alex, the account manager
  let ritas: string; // assigned to Rita, who may move its status only
  const broker = testBroker();
  let collector: Awaited<ReturnType<typeof collectMessages>>;
  const actionsOf = async (user: AuthenticatedUser) =>
    new Map(
      (
        await f.data<{ accountPlan: { relationshipActions: Action[] } }>(user, planActions, {
          p: planId,
        })
      ).accountPlan.relationshipActions.map((a) => [a.id, a]),
    );
  const summary = (history: Entry[]) =>
    history.map((h) => [h.actorId, h.data.change ?? h.eventType, h.data.action?.status]);
  const planEvents = () => outboxCount(f.dataSource, AccountPlanChanged.aggregateType);

  beforeAll(async () => {
    f = await PlanningFixture.start('planning-action-history', {
      clock,
      env: { SHORTFALL_CHECK_INTERVAL_MS: '200', SHORTFALL_GRACE_DAYS: '14' },
    });
    collector = await collectMessages(broker, `${f.sut.topicPrefix}${Topics.planning}`);
    for (const [manager, name, member] of [
      [mia, 'North', alex],
      [max, 'South', ana],
    ] as const) {
      const { createSalesTeam } = await f.data<{ createSalesTeam: { id: string } }>(
        manager,
        'mutation($n: String!) { createSalesTeam(input: { name: $n }) { id } }',
        { n: name },
      );
      await f.data(
        DemoUsers.admin, // membership is an admin's decision
        'mutation($i: AddSalesTeamMemberInput!) { addSalesTeamMember(input: $i) { id } }',
        { i: { teamId: createSalesTeam.id, userId: member.id, role: 'ACCOUNT_MANAGER' } },
      );
    }
    await f.publish(
      Topics.account,
      f.envelope(AccountCreated, {
        accountId: globex,
        name: 'Globex',
        segment: 'LARGE',
        tier: 'KEY',
        ownerId: alex.id,
        origin: 'MANUAL',
        createdAt: '2026-01-02T00:00:00Z',
      }),
    );
    await waitFor(async () => (await f.handled('planning.account-directory')) >= 1);
    planId = (
      await f.data<{ createAccountPlan: { id: string } }>(
        alex,
        'mutation($i: CreateAccountPlanInput!) { createAccountPlan(input: $i) { id } }',
        { i: { accountId: globex, year: 2026 } },
      )
    ).createAccountPlan.id;
  });
  afterAll(async () => {
    await collector?.close();
    await broker.disconnect();
    await f?.stop();
  });

  it('shows who added and changed each action, what and when, in order, and publishes it', async () => {
    const added = (
      await f.data<{ addRelationshipAction: Action }>(alex, add, {
        i: { planId, description: 'Quarterly business review', dueDate: '2026-04-15' },
      })
    ).addRelationshipAction;
    mine = added.id;
    expect(summary(added.history)).toEqual([[alex.id, 'ACTION_ADDED', 'OPEN']]);
    ritas = (
      await f.data<{ addRelationshipAction: Action }>(alex, add, {
        i: { planId, description: 'Plant visit', dueDate: '2026-05-01', ownerId: rita.id },
      })
    ).addRelationshipAction.id;
    await f.data(alex, update, { i: { actionId: mine, dueDate: '2026-04-30' } });
    // Rita may not read the plan, but she works on the action assigned to her.
    const moved = (
      await f.data<{ updateRelationshipAction: Action }>(rita, update, {
        i: { actionId: ritas, status: 'IN_PROGRESS' },
      })
    ).updateRelationshipAction;
    expect(summary(moved.history)).toEqual([
      [alex.id, 'ACTION_ADDED', 'OPEN'],
      [rita.id, 'ACTION_UPDATED', 'IN_PROGRESS'],
    ]);

    // The plan's other events (its creation) are not the actions'.
    const seen = await actionsOf(mia);
    const history = seen.get(mine)!.history;
    expect(summary(history)).toEqual([
      [alex.id, 'ACTION_ADDED', 'OPEN'],
      [alex.id, 'ACTION_UPDATED', 'OPEN'],
    ]);
    expect(history.map((h) => h.data.action?.dueDate)).toEqual(['2026-04-15', '2026-04-30']);
    expect(history.every((h) => h.eventType === AccountPlanChanged.type)).toBe(true);
    const times = history.map((h) => Date.parse(h.occurredAt));
    expect(times[0]).toBeLessThanOrEqual(times[1]);
    expect(summary(seen.get(ritas)!.history)).toEqual(summary(moved.history));

    const { myRelationshipActions } = await f.data<{ myRelationshipActions: Action[] }>(
      rita,
      `{ myRelationshipActions { id ${historyFields} } }`,
    );
    expect(myRelationshipActions.map((a) => [a.id, a.history.length])).toEqual([[ritas, 2]]);

    const published = await waitFor(
      () => {
        const events = collector.messages
          .map((m) => JSON.parse(m.value!.toString()))
          .filter((e) => e.data.action?.actionId === ritas);
        return events.length === 2 && events;
      },
      { what: "the two events of Rita's action on the planning topic" },
    );
    expect(published.map((e) => [e.subject, e.actorid, e.data.change])).toEqual([
      [planId, alex.id, 'ACTION_ADDED'],
      [planId, rita.id, 'ACTION_UPDATED'],
    ]);
  });

  it('emits nothing for a refused change', async () => {
    const before = await planEvents();
    const refusals: Array<[AuthenticatedUser, string, Record<string, unknown>, string]> = [
      [rita, update, { actionId: ritas, description: 'Skip the visit' }, 'FORBIDDEN'],
      [rita, update, { actionId: mine, status: 'DONE' }, 'NOT_FOUND'],
      [ana, update, { actionId: mine, status: 'DONE' }, 'NOT_FOUND'],
      [mia, update, { actionId: mine, status: 'DONE' }, 'FORBIDDEN'],
      [alex, update, { actionId: mine, dueDate: '2026-02-30' }, 'BAD_USER_INPUT'],
      [alex, update, { actionId: 'not-an-id', status: 'DONE' }, 'BAD_USER_INPUT'],
      [alex, update, { actionId: randomUUID(), status: 'DONE' }, 'NOT_FOUND'],
      [rita, add, { planId, description: 'x', dueDate: '2026-06-01' }, 'FORBIDDEN'],
      [ana, add, { planId, description: 'x', dueDate: '2026-06-01' }, 'NOT_FOUND'],
    ];
    for (const [user, mutation, i, code] of refusals)
      expect([code, errorCode(await f.query(user, mutation, { i }))]).toEqual([code, code]);
    await f.data(alex, update, { i: { actionId: ritas, status: 'DONE' } });
    expect(
      errorCode(await f.query(alex, update, { i: { actionId: ritas, status: 'IN_PROGRESS' } })),
    ).toBe('INVALID_TRANSITION');
    expect(await planEvents()).toBe(before + 1); // only the accepted DONE
    expect(summary((await actionsOf(alex)).get(ritas)!.history).map(([, , s]) => s)).toEqual([
      'OPEN',
      'IN_PROGRESS',
      'DONE',
    ]);
  });

  it('starts a shortfall action’s history with the shortfall that created it', async () => {
    await f.data(
      alex,
      'mutation($i: SetAccountPlanTargetsInput!) { setAccountPlanTargets(input: $i) { id } }',
      {
        i: {
          planId,
          targets: [{ productId: DemoProducts.pump.id, revenue: '24000.00', margin: '9000.00' }],
        },
      },
    );
    await f.data(alex, 'mutation($p: ID!) { submitAccountPlan(planId: $p) { id } }', { p: planId });
    await f.data(mia, 'mutation($p: ID!) { approveAccountPlan(planId: $p) { id } }', { p: planId });
    const shortfall = await waitFor(
      async () =>
        [...(await actionsOf(alex)).values()].find((a) =>
          a.history.some((h) => h.eventType === PlanShortfallDetected.type),
        ),
      { what: 'the shortfall action' },
    );
    expect(shortfall.history).toEqual([
      expect.objectContaining({
        eventType: PlanShortfallDetected.type,
        actorId: 'planning',
        data: expect.objectContaining({ actionId: shortfall.id, productId: DemoProducts.pump.id }),
      }),
    ]);
    const started = (
      await f.data<{ updateRelationshipAction: Action }>(alex, update, {
        i: { actionId: shortfall.id, status: 'IN_PROGRESS' },
      })
    ).updateRelationshipAction;
    expect(summary(started.history)).toEqual([
      ['planning', PlanShortfallDetected.type, undefined],
      [alex.id, 'ACTION_UPDATED', 'IN_PROGRESS'],
    ]);
  });

  it('records the hand-over of open actions to a new account manager in each action’s history', async () => {
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
    const actions = await waitFor(
      async () => {
        const response = await f.query<{
          accountPlan: { relationshipActions: Action[] };
        }>(ana, planActions, { p: planId });
        const found = response.data?.accountPlan.relationshipActions;
        return found && new Map(found.map((a) => [a.id, a]));
      },
      { what: 'the plan to follow the account to Ana' },
    );
    const handedOver = actions.get(mine)!;
    expect(handedOver.ownerId).toBe(ana.id);
    expect(handedOver.history.at(-1)).toMatchObject({
      eventType: AccountPlanChanged.type,
      actorId: 'planning',
      data: { change: 'ACTION_UPDATED', action: { actionId: mine, ownerId: ana.id } },
    });
    // Rita's action was not Alex's to hand over, and a finished one stays with who did it.
    expect(actions.get(ritas)!.history).toHaveLength(3);
    const shortfall = [...actions.values()].find((a) => a.id !== mine && a.id !== ritas)!;
    expect(shortfall.ownerId).toBe(ana.id);
    expect(summary(shortfall.history).at(-1)).toEqual([
      'planning',
      'ACTION_UPDATED',
      'IN_PROGRESS',
    ]);
  });
});

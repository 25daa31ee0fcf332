import { SalesTeamUpdated, TargetSet, Topics } from '@salesgraph/events';
import { DemoUsers } from '@salesgraph/identity';
import { collectMessages, errorCode, testBroker, waitFor } from '@salesgraph/testing';
import { PlanningFixture } from './support/planning-fixture';

const {
  manager: mia,
  manager2: max,
  rep: rita,
  rep2: raj,
  rep3: rosa,
  accountManager: alex,
  accountManager2: ana,
  admin,
} = DemoUsers;

const createTeam = `mutation($name: String!) { createSalesTeam(input: { name: $name }) { id managerId } }`;
const addMember = `mutation($input: AddSalesTeamMemberInput!) {
  addSalesTeamMember(input: $input) { id members { userId role } } }`;
const setTarget = `mutation($input: SetRevenueTargetInput!) {
  setRevenueTarget(input: $input) {
    id repId teamId periodKind periodStart periodEnd amount currency setBy
    splits { productLine productId amount }
  } }`;

describe('planning: sales teams and revenue targets', () => {
  let f: PlanningFixture;
  let north: string;
  let south: string;

  beforeAll(async () => {
    f = await PlanningFixture.start('planning-targets');
    north = (await f.data<{ createSalesTeam: { id: string } }>(mia, createTeam, { name: 'North' }))
      .createSalesTeam.id;
    south = (await f.data<{ createSalesTeam: { id: string } }>(max, createTeam, { name: 'South' }))
      .createSalesTeam.id;
    // Membership is an admin's decision (managers ask: see the membership requests below).
    for (const [teamId, member, role] of [
      [north, rita.id, 'SALES_REP'],
      [north, raj.id, 'SALES_REP'],
      [north, alex.id, 'ACCOUNT_MANAGER'],
      [south, rosa.id, 'SALES_REP'],
    ] as const)
      await f.data(admin, addMember, { input: { teamId, userId: member, role } });
  });
  afterAll(() => f?.stop());

  it('publishes the whole team after every membership change', async () => {
    const broker = testBroker();
    const collector = await collectMessages(broker, `${f.sut.topicPrefix}${Topics.planning}`);
    try {
      await f.data(
        admin,
        'mutation($t: ID!, $u: ID!) { removeSalesTeamMember(teamId: $t, userId: $u) { id } }',
        {
          t: north,
          u: raj.id,
        },
      );
      const teamEvents = () =>
        collector.messages
          .map((m) => JSON.parse(m.value!.toString()))
          .filter((e) => e.type === SalesTeamUpdated.type && e.subject === north);
      const last = await waitFor(() => teamEvents().length === 5 && teamEvents()[4], {
        what: 'five North team events',
      });
      expect(last.data).toMatchObject({
        teamId: north,
        managerId: mia.id,
        members: [
          { userId: alex.id, role: 'ACCOUNT_MANAGER' },
          { userId: rita.id, role: 'SALES_REP' },
        ],
      });
      expect(teamEvents()[3].data.members).toHaveLength(3);
    } finally {
      await collector.close();
      await broker.disconnect();
    }
    await f.data(admin, addMember, { input: { teamId: north, userId: raj.id, role: 'SALES_REP' } });
  });

  it('lists the teams a manager leads; a rep may not list teams', async () => {
    const { salesTeams } = await f.data<{ salesTeams: Array<{ id: string; members: unknown[] }> }>(
      mia,
      '{ salesTeams { id members { userId role } } }',
    );
    expect(salesTeams.map((t) => t.id)).toEqual([north]);
    expect(errorCode(await f.query(rita, '{ salesTeams { id } }'))).toBe('FORBIDDEN');
    expect(
      errorCode(await f.query(max, 'query($id: ID!) { salesTeam(id: $id) { id } }', { id: north })),
    ).toBe('NOT_FOUND');
  });

  describe('membership: an admin decides', () => {
    const request = `mutation($input: AddSalesTeamMemberInput!) {
      requestSalesTeamMember(input: $input) { id teamId userId role requestedBy status version } }`;
    const decide = (name: string) => `mutation($id: ID!, $v: Int!) {
      ${name}(requestId: $id, expectedVersion: $v) { id status decidedBy decidedAt version } }`;
    const southMembers = async () =>
      (
        await f.data<{ salesTeam: { members: Array<{ userId: string }> } }>(
          admin,
          'query($id: ID!) { salesTeam(id: $id) { members { userId } } }',
          { id: south },
        )
      ).salesTeam.members.map((m) => m.userId);
    const setTargetFor = (who: typeof max, repId: string) =>
      f.query(who, 'mutation($i: SetRevenueTargetInput!) { setRevenueTarget(input: $i) { id } }', {
        i: { repId, periodKind: 'QUARTER', periodStart: '2026-07-01', amount: '1000.00' },
      });

    it('refuses a manager who adds or removes a member directly, and changes nothing', async () => {
      const added = await f.query(max, addMember, {
        input: { teamId: south, userId: ana.id, role: 'ACCOUNT_MANAGER' },
      });
      expect(errorCode(added)).toBe('FORBIDDEN');
      const removed = await f.query(
        max,
        'mutation($t: ID!, $u: ID!) { removeSalesTeamMember(teamId: $t, userId: $u) { id } }',
        { t: south, u: rosa.id },
      );
      expect(errorCode(removed)).toBe('FORBIDDEN');
      expect((await southMembers()).sort()).toEqual([rosa.id]);
    });

    it('records a manager’s request; the person joins only when an admin approves', async () => {
      const asked = (
        await f.data<{ requestSalesTeamMember: { id: string; status: string; version: number } }>(
          max,
          request,
          { input: { teamId: south, userId: ana.id, role: 'ACCOUNT_MANAGER' } },
        )
      ).requestSalesTeamMember;
      expect(asked).toMatchObject({ status: 'PENDING', requestedBy: max.id, userId: ana.id });
      // Asking again is the same request.
      const again = await f.data<{ requestSalesTeamMember: { id: string } }>(max, request, {
        input: { teamId: south, userId: ana.id, role: 'ACCOUNT_MANAGER' },
      });
      expect(again.requestSalesTeamMember.id).toBe(asked.id);
      expect(await southMembers()).not.toContain(ana.id);
      // While pending, the manager may not act on that person's records.
      expect(errorCode(await setTargetFor(max, ana.id))).toBe('FORBIDDEN');
      // The manager cannot approve their own request.
      expect(
        errorCode(
          await f.query(max, decide('approveSalesTeamMemberRequest'), {
            id: asked.id,
            v: asked.version,
          }),
        ),
      ).toBe('FORBIDDEN');
      const pending = await f.data<{ salesTeamMemberRequests: Array<{ id: string }> }>(
        admin,
        '{ salesTeamMemberRequests(status: PENDING) { id } }',
      );
      expect(pending.salesTeamMemberRequests.map((r) => r.id)).toContain(asked.id);
      const approved = await f.data<{
        approveSalesTeamMemberRequest: { status: string; decidedBy: string };
      }>(admin, decide('approveSalesTeamMemberRequest'), { id: asked.id, v: asked.version });
      expect(approved.approveSalesTeamMemberRequest).toMatchObject({
        status: 'APPROVED',
        decidedBy: admin.id,
      });
      expect(await southMembers()).toContain(ana.id);
      // A decided request stays decided.
      expect(
        errorCode(
          await f.query(admin, decide('rejectSalesTeamMemberRequest'), {
            id: asked.id,
            v: asked.version + 1,
          }),
        ),
      ).toBe('INVALID_TRANSITION');
      await f.data(
        admin,
        'mutation($t: ID!, $u: ID!) { removeSalesTeamMember(teamId: $t, userId: $u) { id } }',
        { t: south, u: ana.id },
      );
    });

    it('changes nothing when an admin rejects; refuses requests for teams the manager does not lead', async () => {
      const asked = (
        await f.data<{ requestSalesTeamMember: { id: string; version: number } }>(max, request, {
          input: { teamId: south, userId: ana.id, role: 'ACCOUNT_MANAGER' },
        })
      ).requestSalesTeamMember;
      const rejected = await f.data<{ rejectSalesTeamMemberRequest: { status: string } }>(
        admin,
        decide('rejectSalesTeamMemberRequest'),
        { id: asked.id, v: asked.version },
      );
      expect(rejected.rejectSalesTeamMemberRequest.status).toBe('REJECTED');
      expect(await southMembers()).not.toContain(ana.id);
      const foreign = await f.query(max, request, {
        input: { teamId: north, userId: ana.id, role: 'ACCOUNT_MANAGER' },
      });
      expect(errorCode(foreign)).toBe('FORBIDDEN');
      const taken = await f.query(max, request, {
        input: { teamId: south, userId: rita.id, role: 'SALES_REP' },
      });
      expect(errorCode(taken)).toBe('CONFLICT');
    });
  });

  it('refuses to put a rep in a second team', async () => {
    const response = await f.query(admin, addMember, {
      input: { teamId: south, userId: rita.id, role: 'SALES_REP' },
    });
    expect(errorCode(response)).toBe('CONFLICT');
    expect(response.errors?.[0].message).toContain('already a member of team North');
  });

  it('lets the manager set a rep’s target, split per product line, and publishes TargetSet', async () => {
    const broker = testBroker();
    const collector = await collectMessages(broker, `${f.sut.topicPrefix}${Topics.planning}`);
    try {
      const input = {
        repId: rita.id,
        periodKind: 'QUARTER',
        periodStart: '2026-04-01',
        amount: '60000.00',
        splits: [
          { productLine: 'Valves', amount: '30000.00' },
          { productLine: 'Pumps', amount: '20000.50' },
        ],
      };
      const target = (
        await f.data<{ setRevenueTarget: Record<string, unknown> }>(mia, setTarget, { input })
      ).setRevenueTarget;
      expect(target).toMatchObject({
        repId: rita.id,
        teamId: north,
        periodEnd: '2026-06-30',
        amount: '60000.00',
        currency: 'EUR',
        setBy: mia.id,
        splits: [
          { productLine: 'Valves', productId: null, amount: '30000.00' },
          { productLine: 'Pumps', productId: null, amount: '20000.50' },
        ],
      });
      const message = await waitFor(() => collector.messages.find((m) => m.key === target.id));
      const envelope = JSON.parse(message.value!.toString());
      expect(envelope).toMatchObject({
        type: TargetSet.type,
        actorid: mia.id,
        data: {
          targetId: target.id,
          repId: rita.id,
          teamId: north,
          periodKind: 'QUARTER',
          amount: '60000.00',
        },
      });
      expect(envelope.data.splits).toEqual(input.splits);
    } finally {
      await collector.close();
      await broker.disconnect();
    }
  });

  it('refuses a rep who tries to set a target (FORBIDDEN) and changes nothing', async () => {
    const response = await f.query(rita, setTarget, {
      input: { repId: raj.id, periodKind: 'YEAR', periodStart: '2026-01-01', amount: '1.00' },
    });
    expect(errorCode(response)).toBe('FORBIDDEN');
    const [row] = await f.dataSource.query(
      'SELECT count(*)::int AS n FROM revenue_target WHERE rep_id = $1',
      [raj.id],
    );
    expect(row.n).toBe(0);
  });

  it('refuses a manager setting a target for another manager’s rep (FORBIDDEN)', async () => {
    const response = await f.query(max, setTarget, {
      input: { repId: rita.id, periodKind: 'QUARTER', periodStart: '2026-04-01', amount: '1.00' },
    });
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(response.errors?.[0].message).toContain(`Only the manager of ${rita.id}'s team`);
    const [row] = await f.dataSource.query(
      `SELECT amount::text FROM revenue_target WHERE rep_id = $1 AND period_start = '2026-04-01'`,
      [rita.id],
    );
    expect(row.amount).toBe('60000.000000');
    // …but Max may set targets for his own rep.
    const own = await f.query(max, setTarget, {
      input: { repId: rosa.id, periodKind: 'MONTH', periodStart: '2026-05-01', amount: '9000' },
    });
    expect(errorCode(own)).toBeUndefined();
  });

  it.each([
    [{ periodStart: '2026-05-01' }, 'does not start a quarter'],
    [{ amount: '-5' }, 'amount must be greater than 0'],
    [{ amount: '12.3.4' }, 'Decimal'],
    [{ splits: [{ productLine: 'Valves', amount: '70000' }] }, 'more than the target'],
    [
      {
        splits: [
          { productLine: 'Valves', productId: 'b0000000-0000-4000-8000-000000000001', amount: '1' },
        ],
      },
      'either',
    ],
    [{ currency: 'euro' }, 'ISO 4217'],
  ])('refuses bad input %j with BAD_USER_INPUT', async (change, message) => {
    const input = {
      repId: raj.id,
      periodKind: 'QUARTER',
      periodStart: '2026-04-01',
      amount: '60000',
      ...change,
    };
    const response = await f.query(mia, setTarget, { input });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain(message);
  });

  it('replaces a target in place: same id, new amount, both in its history', async () => {
    const input = {
      repId: raj.id,
      periodKind: 'YEAR',
      periodStart: '2026-01-01',
      amount: '100000',
    };
    const first = (await f.data<{ setRevenueTarget: { id: string } }>(mia, setTarget, { input }))
      .setRevenueTarget;
    const second = (
      await f.data<{ setRevenueTarget: { id: string; amount: string } }>(mia, setTarget, {
        input: { ...input, amount: '120000.25' },
      })
    ).setRevenueTarget;
    expect(second).toEqual({ ...second, id: first.id, amount: '120000.25' });
    const { revenueTargets } = await f.data<{
      revenueTargets: Array<{ history: Array<{ data: { amount: string } }> }>;
    }>(
      raj,
      '{ revenueTargets(year: 2026, periodKind: YEAR) { history { eventType actorId data } } }',
    );
    expect(revenueTargets[0].history.map((h) => h.data.amount)).toEqual(['100000.00', '120000.25']);
  });

  it('shows targets to their owner, their manager and admins only, also through User.targets', async () => {
    const mine = await f.data<{ revenueTargets: Array<{ repId: string }> }>(
      rita,
      '{ revenueTargets { repId } }',
    );
    expect(new Set(mine.revenueTargets.map((t) => t.repId))).toEqual(new Set([rita.id]));
    const team = await f.data<{ revenueTargets: Array<{ repId: string }> }>(
      mia,
      '{ revenueTargets { repId } }',
    );
    expect(new Set(team.revenueTargets.map((t) => t.repId))).toEqual(new Set([rita.id, raj.id]));

    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { targets { amount } } } }`;
    const r = [{ __typename: 'User', id: rita.id }];
    const forMia = await f.data<{ _entities: Array<{ targets: unknown[] }> }>(mia, entities, { r });
    expect(forMia._entities[0].targets).toEqual([{ amount: '60000.00' }]);
    expect(errorCode(await f.query(raj, entities, { r }))).toBe('FORBIDDEN');
    expect(errorCode(await f.query(max, entities, { r }))).toBe('FORBIDDEN');
  });
});

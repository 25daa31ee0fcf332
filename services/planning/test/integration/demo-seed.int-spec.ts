import { AccountDirectory } from '@salesgraph/account-directory';
import { DemoAccounts, DemoTeams, DemoUsers } from '@salesgraph/demo-data';
import { planningComponents } from '../../src/planning-components';
import { DemoAccountOwnership } from '../../src/seed/demo-account-ownership';
import { DemoSeed } from '../../src/seed/demo-seed';
import { PlanningFixture } from './support/planning-fixture';

describe('planning: demo seed', () => {
  let f: PlanningFixture;
  const seed = () =>
    new DemoSeed(
      f.dataSource,
      planningComponents(f.sut.service.deps, {
        accountOwnership: new DemoAccountOwnership(new AccountDirectory()),
      }),
    ).run();
  const count = async (sql: string) => (await f.dataSource.query(sql))[0].n as number;

  beforeAll(async () => {
    f = await PlanningFixture.start('planning-seed');
  });
  afterAll(() => f?.stop());

  it('writes the demo teams, targets and approved plans through events, and changes nothing the second time', async () => {
    await seed();
    const { salesTeams } = await f.data<{
      salesTeams: Array<{ id: string; managerId: string; members: Array<{ userId: string }> }>;
    }>(DemoUsers.admin, '{ salesTeams { id managerId members { userId } } }');
    expect(
      salesTeams.map((t) => [t.id, t.managerId, t.members.map((m) => m.userId).sort()]),
    ).toEqual([
      [
        DemoTeams.north.id,
        DemoUsers.manager.id,
        [DemoUsers.accountManager.id, DemoUsers.rep2.id, DemoUsers.rep.id].sort(),
      ],
      [
        DemoTeams.south.id,
        DemoUsers.manager2.id,
        [DemoUsers.accountManager2.id, DemoUsers.rep4.id, DemoUsers.rep3.id].sort(),
      ],
    ]);
    const { revenueTargets } = await f.data<{
      revenueTargets: Array<{ periodKind: string; splits: unknown[] }>;
    }>(DemoUsers.manager, '{ revenueTargets { periodKind splits { amount } } }');
    expect(revenueTargets).toHaveLength(4);
    expect(revenueTargets.some((t) => t.splits.length === 3)).toBe(true);
    const { accountPlans } = await f.data<{
      accountPlans: Array<{ accountId: string; status: string; productTargets: unknown[] }>;
    }>(DemoUsers.admin, '{ accountPlans { accountId status productTargets { productId } } }');
    expect(
      accountPlans.map((p) => [p.accountId, p.status, p.productTargets.length]).sort(),
    ).toEqual(
      [
        [DemoAccounts.globex.id, 'APPROVED', 5],
        [DemoAccounts.initech.id, 'APPROVED', 4],
      ].sort(),
    );
    expect(await count(`SELECT count(*)::int AS n FROM relationship_action`)).toBe(5);

    const events = await count('SELECT count(*)::int AS n FROM outbox_message');
    await seed();
    expect(await count('SELECT count(*)::int AS n FROM outbox_message')).toBe(events);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM outbox_message WHERE event_type = 'planning.SalesTeamUpdated.v1'`,
      ),
    ).toBe(8);
  });
});

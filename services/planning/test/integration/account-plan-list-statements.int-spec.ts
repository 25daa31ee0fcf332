import { randomUUID } from 'node:crypto';
import { AccountCreated, AccountPlanChanged, Topics } from '@salesgraph/events';
import { DemoUsers } from '@salesgraph/demo-data';
import { countSqlStatements, waitFor } from '@salesgraph/testing';
import { PlanningFixture } from './support/planning-fixture';

const { manager: mia, accountManager: alex } = DemoUsers;
const plansOf = `query($year: Int!) { accountPlans(year: $year) { id history { eventType } } }`;

interface Listed {
  accountPlans: Array<{ id: string; history: Array<{ eventType: string }> }>;
}

describe('planning: a list of account plans with their histories', () => {
  let f: PlanningFixture;
  const accounts = Array.from({ length: 100 }, () => randomUUID());

  beforeAll(async () => {
    // Nothing else of the service may talk to PostgreSQL while statements are counted.
    f = await PlanningFixture.start('planning-plan-list', {
      env: { OUTBOX_POLL_INTERVAL_MS: '3600000', SHORTFALL_CHECK_INTERVAL_MS: '86400000' },
    });
    const { createSalesTeam } = await f.data<{ createSalesTeam: { id: string } }>(
      mia,
      'mutation { createSalesTeam(input: { name: "North" }) { id } }',
    );
    await f.data(
      DemoUsers.admin,
      'mutation($i: AddSalesTeamMemberInput!) { addSalesTeamMember(input: $i) { id } }',
      { i: { teamId: createSalesTeam.id, userId: alex.id, role: 'ACCOUNT_MANAGER' } },
    );
    await f.publish(
      Topics.account,
      ...accounts.map((accountId, n) =>
        f.envelope(AccountCreated, {
          accountId,
          name: `Key account ${n}`,
          segment: 'LARGE',
          tier: 'KEY',
          ownerId: alex.id,
          origin: 'MANUAL',
          createdAt: '2026-01-02T00:00:00Z',
        }),
      ),
    );
    await waitFor(async () => (await f.handled('planning.account-directory')) >= accounts.length, {
      what: 'every key account in the account directory',
    });
    // 100 plans for 2026 and 10 for 2027, each with its CREATED event.
    const create = 'mutation($i: CreateAccountPlanInput!) { createAccountPlan(input: $i) { id } }';
    for (const accountId of accounts) {
      await f.data(alex, create, { i: { accountId, year: 2026 } });
      if (accounts.indexOf(accountId) < 10)
        await f.data(alex, create, { i: { accountId, year: 2027 } });
    }
  }, 120_000);
  afterAll(() => f?.stop());

  it('costs the same statements for 100 plans as for 10: histories are read in one', async () => {
    const list = (year: number) => countSqlStatements(() => f.data<Listed>(mia, plansOf, { year }));
    await list(2027); // the first request of a process prepares what every later one reuses

    const ten = await list(2027);
    const hundred = await list(2026);

    expect(ten.result.accountPlans).toHaveLength(10);
    expect(hundred.result.accountPlans).toHaveLength(100);
    for (const { result } of [ten, hundred])
      for (const plan of result.accountPlans)
        expect(plan.history).toEqual([{ eventType: AccountPlanChanged.type }]);
    expect(hundred.count).toBe(ten.count);
    expect(hundred.statements.filter((sql) => sql.includes('outbox_message'))).toHaveLength(1);
  });
});

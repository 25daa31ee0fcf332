import { AccountAtRisk } from '@salesgraph/events';
import { DemoAccounts, DemoUsers } from '@salesgraph/demo-data';
import type { AuthenticatedUser } from '@salesgraph/identity';
import { expectData } from '@salesgraph/testing';
import { outboxEvents, sql, startAccountService, type AccountSut } from './account-test-kit';
import { healthProbe } from './health-probe';
import { demoSeedOf } from './seeded-service';

interface Coverage {
  missingRoles: string[];
  complete: boolean;
  coldContacts: Array<{ contact: { name: string }; daysSinceInteraction: number }>;
}

describe('the seeded key accounts', () => {
  let sut: AccountSut;
  let seed: () => Promise<number>;
  const { globex, initech } = DemoAccounts;

  beforeAll(async () => {
    sut = await startAccountService('account-seed');
    seed = demoSeedOf(sut).seed;
    await seed();
  });
  afterAll(() => sut?.stop());

  it('shows the coverage gaps of the seeded key accounts, and seeding twice changes nothing', async () => {
    const coverage = async (id: string, owner: AuthenticatedUser) =>
      expectData(
        await sut.query<{ account: { coverage: Coverage } }>(
          owner,
          `query($id: ID!) { account(id: $id) { coverage {
             missingRoles complete coldContacts { contact { name } daysSinceInteraction } } } }`,
          { id },
        ),
      ).account.coverage;
    const initechCoverage = await coverage(initech.id, DemoUsers.accountManager2);
    expect(initechCoverage).toEqual({
      missingRoles: ['PURCHASING_OFFICER', 'SENIOR_EXECUTIVE'],
      coldContacts: [],
      complete: false,
    });
    const globexCoverage = await coverage(globex.id, DemoUsers.accountManager);
    expect(globexCoverage.missingRoles).toEqual([]);
    expect(globexCoverage.coldContacts).toEqual([
      { contact: { name: 'Erik Vogel' }, daysSinceInteraction: 130 },
    ]);

    // the gaps and the open HIGH threat put Initech at risk; the seed published it
    const initechHealth = await healthProbe(sut).healthOf(initech.id);
    expect(initechHealth).toMatchObject({ score: 55, status: 'AT_RISK' });
    expect(healthProbe(sut).codes(initechHealth)).toEqual([
      'BUYING_ROLE_UNCOVERED',
      'BUYING_ROLE_UNCOVERED',
      'COMPETITOR_THREAT',
      'NO_ORDERS_YET',
    ]);
    const [atRisk] = await outboxEvents(sut, AccountAtRisk.type, initech.id);
    expect(atRisk.data).toMatchObject({
      accountId: initech.id,
      ownerId: initech.ownerId,
      score: 55,
    });

    const before = await sql(sut, 'SELECT id FROM outbox_message');
    expect(await seed()).toBe(0);
    expect(await sql(sut, 'SELECT id FROM outbox_message')).toHaveLength(before.length);
  });
});

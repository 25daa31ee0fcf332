import { randomUUID } from 'node:crypto';
import { AccountUpdated, OrderConfirmed } from '@salesgraph/events';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import { errorCode, expectData, waitFor } from '@salesgraph/testing';
import {
  daysAgo,
  type EventPublisher,
  orderSnapshot,
  outboxEvents,
  sql,
  startWithDemoTeams,
  type Data,
  type AccountSut,
} from './account-test-kit';

const { rep, rep2, manager, accountManager } = DemoUsers;
const setParent = `mutation($a: ID!, $v: Int!, $p: ID) { setParentAccount(accountId: $a, expectedVersion: $v, parentAccountId: $p) { id version parentAccount { id } } }`;

/** Issue 14, the account hierarchy: children of an account, revenue and health rolled up, no cycles. */
describe('a group of companies', () => {
  let sut: AccountSut;
  let publisher: EventPublisher;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ sut, publisher, stop } = await startWithDemoTeams('account-hierarchy'));
  });
  afterAll(() => stop?.());

  const open = async (name: string, user: AuthenticatedUser = rep, parentAccountId?: string) =>
    expectData(
      await sut.query<Data>(
        user,
        'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id version } }',
        { input: { name, segment: 'MEDIUM', ...(parentAccountId ? { parentAccountId } : {}) } },
      ),
    ).createAccount as { id: string; version: number };
  const versionOf = async (id: string) =>
    expectData(
      await sut.query<Data>(manager, 'query($id: ID!) { account(id: $id) { version } }', { id }),
    ).account.version as number;
  const confirmOrder = async (accountId: string, totalNet: string, currency = 'EUR') => {
    const order = { orderId: randomUUID(), accountId, totalNet, currency };
    await publisher.publish(OrderConfirmed, {
      order: orderSnapshot({
        ...order,
        status: 'CONFIRMED',
        revision: 2,
        placedAt: daysAgo(3),
        bookedAt: daysAgo(2),
      }),
      confirmedAt: daysAgo(2),
    });
    return order.orderId;
  };

  it('puts accounts under a parent, lists its children and refuses a cycle', async () => {
    const holding = await open('Acme Holding');
    const germany = await open('Acme Deutschland GmbH');
    const plant = await open('Acme Werk Köln', rep, germany.id);

    const moved = expectData(
      await sut.query<Data>(rep, setParent, { a: germany.id, v: germany.version, p: holding.id }),
    ).setParentAccount;
    expect(moved).toMatchObject({
      parentAccount: { id: holding.id },
      version: germany.version + 1,
    });
    const [event] = await outboxEvents(sut, AccountUpdated.type, germany.id);
    expect(event.data).toMatchObject({
      changedFields: ['parentAccountId'],
      parentAccountId: holding.id,
    });

    const tree = expectData(
      await sut.query<Data>(
        rep,
        'query($id: ID!) { account(id: $id) { children { name children { name } } } }',
        { id: holding.id },
      ),
    ).account;
    expect(tree.children).toEqual([
      { name: 'Acme Deutschland GmbH', children: [{ name: 'Acme Werk Köln' }] },
    ]);

    // The holding under its own plant would make the tree go round: refused, and nothing changes.
    const cycle = await sut.query(rep, setParent, {
      a: holding.id,
      v: await versionOf(holding.id),
      p: plant.id,
    });
    expect(errorCode(cycle)).toBe('BAD_USER_INPUT');
    expect(cycle.errors![0].message).toContain('one of the companies below it');
    expect(
      errorCode(
        await sut.query(rep, setParent, {
          a: holding.id,
          v: await versionOf(holding.id),
          p: holding.id,
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      await sql(sut, 'SELECT parent_account_id FROM account WHERE id = $1', [holding.id]),
    ).toEqual([{ parent_account_id: null }]);

    // A parent the user cannot see is not found; a stale version is a conflict.
    const stranger = await open('Someone Else', rep2);
    expect(
      errorCode(
        await sut.query(rep, setParent, {
          a: plant.id,
          v: await versionOf(plant.id),
          p: stranger.id,
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(errorCode(await sut.query(rep, setParent, { a: plant.id, v: 99, p: holding.id }))).toBe(
      'CONFLICT',
    );

    // Back to the top of its own group.
    const alone = expectData(
      await sut.query<Data>(rep, setParent, {
        a: plant.id,
        v: await versionOf(plant.id),
        p: null,
      }),
    ).setParentAccount;
    expect(alone.parentAccount).toBeNull();
  });

  it('rolls revenue and health up to the parent, whoever owns the accounts below it', async () => {
    const parent = await open('Globex Corporation');
    const child = await open('Globex Europe', rep, parent.id);
    // A site of the group that an account manager owns: the rep does not see it, but its revenue counts.
    const site = await open('Globex Site Cypress Creek', rep, child.id);
    expectData(
      await sut.query(
        manager,
        'mutation($a: ID!, $am: ID!) { designateKeyAccount(input: { accountId: $a, accountManagerId: $am }) { ownerId } }',
        { a: site.id, am: accountManager.id },
      ),
    );

    await confirmOrder(parent.id, '1000.00');
    await confirmOrder(child.id, '3000.00');
    await confirmOrder(site.id, '500.50');
    await confirmOrder(site.id, '200.00', 'USD');
    await waitFor(
      async () =>
        (
          await sql(sut, 'SELECT 1 FROM account_order WHERE account_id = ANY($1)', [
            [parent.id, child.id, site.id],
          ])
        ).length === 4,
      { what: 'the group’s four orders projected' },
    );
    // The child is at risk: a competitor threat weighs on its health.
    expectData(
      await sut.query(
        rep,
        'mutation($a: ID!) { logCompetitorThreat(input: { accountId: $a, competitor: "Initech", threatLevel: HIGH, notes: "half our price" }) { id } }',
        { a: child.id },
      ),
    );

    const read = (user: AuthenticatedUser = rep) =>
      sut.query<Data>(
        user,
        `query($id: ID!) { account(id: $id) {
          health { score }
          children { id health { score } }
          group { accountCount commercials { currency bookedRevenue bookedOrderCount monthly(months: 2) { revenue } } health { score lowestScore atRiskCount lostCount ruleVersion } }
        } }`,
        { id: parent.id },
      );
    const view = expectData(await read()).account;
    expect(view.group.accountCount).toBe(3);
    expect(view.group.commercials).toEqual([
      {
        currency: 'EUR',
        bookedRevenue: '4500.50',
        bookedOrderCount: 3,
        monthly: expect.any(Array),
      },
      { currency: 'USD', bookedRevenue: '200.00', bookedOrderCount: 1, monthly: expect.any(Array) },
    ]);
    const childScore = view.children[0].health.score as number;
    const scores = await sql<{ id: string; health_score: number }>(
      sut,
      'SELECT id, health_score FROM account WHERE id = ANY($1)',
      [[parent.id, child.id, site.id]],
    );
    const score = (id: string) => scores.find((s) => s.id === id)!.health_score;
    expect(childScore).toBe(score(child.id));
    // Weighted by booked EUR revenue: 1000, 3000 and 500.50.
    const expected = Math.round(
      (score(parent.id) * 1000 + score(child.id) * 3000 + score(site.id) * 500.5) / 4500.5,
    );
    expect(view.group.health).toMatchObject({
      score: expected,
      lowestScore: Math.min(score(parent.id), score(child.id), score(site.id)),
      lostCount: 0,
      ruleVersion: 'group-rollup-v1',
    });
    expect(view.group.health.score).toBeLessThan(view.health.score);
    // The monthly trend of the group sums the group's months (booked two days ago: this month or the last).
    const months = view.group.commercials[0].monthly as Array<{ revenue: string }>;
    expect(months.map((m) => Number(m.revenue)).reduce((a, b) => a + b, 0)).toBe(4500.5);
    // Its children list shows what the rep may see: Globex Europe, not the key-account site below it.
    const below = expectData(
      await sut.query<Data>(rep, 'query($id: ID!) { account(id: $id) { children { id } } }', {
        id: child.id,
      }),
    ).account.children;
    expect(below).toEqual([]);
  });
});

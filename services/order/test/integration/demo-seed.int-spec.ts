import { DemoAccounts, DemoProducts, DemoUsers } from '@salesgraph/demo-data';
import { expectData } from '@salesgraph/testing';
import { OrderDemoSeed } from '../../src/seed/order-demo-seed';
import { contractFields, type ContractView } from './support/contract-queries';
import { startOrderService, type OrderSut } from './support/order-test-kit';

describe('order demo seed', () => {
  let sut: OrderSut;
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await sut.service.deps.dataSource.query(sql, params))[0].n);

  beforeAll(async () => {
    sut = await startOrderService('orderseed');
  });
  afterAll(() => sut?.stop());

  it('seeds the catalogue, contracts with call-offs and orders in every status, and is safe to run twice', async () => {
    const first = await new OrderDemoSeed(sut.service.deps).run();
    expect(first.created).toBeGreaterThan(20);
    const events = await count('SELECT count(*) AS n FROM outbox_message');

    const second = await new OrderDemoSeed(sut.service.deps).run();
    expect(second).toEqual({ created: 0, warnings: 0 });
    expect(await count('SELECT count(*) AS n FROM outbox_message')).toBe(events);

    expect(await count('SELECT count(*) AS n FROM product')).toBe(Object.keys(DemoProducts).length);
    // The admin created the catalogue, each product once, dated before the first sale.
    const catalogue: Array<{ id: string; actor: string; change: string; at: string }> =
      await sut.service.deps.dataSource.query(
        `SELECT aggregate_id AS id, actor_id AS actor, payload->'data'->>'change' AS change,
                payload->'data'->>'changedAt' AS at
         FROM outbox_message WHERE event_type = 'order.ProductChanged.v1' ORDER BY aggregate_id`,
      );
    expect(catalogue.map(({ id, actor, change }) => ({ id, actor, change }))).toEqual(
      Object.values(DemoProducts)
        .map((p) => ({ id: p.id, actor: DemoUsers.admin.id, change: 'CREATED' }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    );
    const firstOrder = await sut.service.deps.dataSource.query(
      `SELECT min(payload->'data'->>'draftedAt') AS at FROM outbox_message WHERE event_type = 'order.OrderDrafted.v1'`,
    );
    expect(catalogue.every((p) => p.at < firstOrder[0].at)).toBe(true);
    const statuses: Array<{ status: string }> = await sut.service.deps.dataSource.query(
      "SELECT DISTINCT status FROM sales_order WHERE kind = 'AD_HOC'",
    );
    expect(statuses.map((s) => s.status).sort()).toEqual([
      'CANCELLED',
      'CONFIRMED',
      'DRAFT',
      'FULFILLED',
      'INVOICED',
      'PLACED',
    ]);
    // Ad hoc orders of the standard accounts are credited to their reps.
    for (const account of [DemoAccounts.umbrella, DemoAccounts.hooli, DemoAccounts.stark])
      expect(
        await count(
          'SELECT count(*) AS n FROM sales_order WHERE account_id = $1 AND credited_to <> $2',
          [account.id, account.ownerId],
        ),
      ).toBe(0);
    expect(await count('SELECT count(*) AS n FROM sales_order WHERE contract_overrun')).toBe(0);
  });

  it('gives each key account an active contract: Globex near its end, Initech behind pace', async () => {
    const { contracts } = expectData(
      await sut.query<{ contracts: Array<ContractView & { accountId: string }> }>(
        DemoUsers.coordinator,
        `{ contracts(filter: { status: ACTIVE }) { ${contractFields} callOffs { id } } }`,
      ),
    );
    const byAccount = new Map(contracts.map((c) => [c.accountId, c]));
    const globex = byAccount.get(DemoAccounts.globex.id)!;
    const initech = byAccount.get(DemoAccounts.initech.id)!;
    expect(globex.ownerId).toBe(DemoUsers.accountManager.id);
    expect(globex.commitments.every((c) => c.behindPace === false)).toBe(true);
    expect(globex.commitments.find((c) => c.productId === DemoProducts.valve.id)!.consumed).toBe(
      '1140',
    );
    expect(initech.ownerId).toBe(DemoUsers.accountManager2.id);
    expect(initech.commitments.every((c) => c.behindPace === true)).toBe(true);

    const warnings = async (type: string, contractId: string) =>
      count(
        'SELECT count(*) AS n FROM outbox_message WHERE event_type = $1 AND aggregate_id = $2',
        [type, contractId],
      );
    expect(await warnings('order.ContractExpiring.v1', globex.id)).toBe(1);
    expect(await warnings('order.ContractUnderrunRisk.v1', globex.id)).toBe(0);
    expect(await warnings('order.ContractUnderrunRisk.v1', initech.id)).toBe(2);
    expect(await warnings('order.ContractExpiring.v1', initech.id)).toBe(0);
  });

  it('pages each account’s orders newest first, many accounts in one request, lines in order', async () => {
    const accounts = [DemoAccounts.umbrella.id, DemoAccounts.hooli.id, DemoAccounts.stark.id];
    type Page = Array<{ id: string; createdAt: string; lines: Array<{ lineNumber: number }> }>;
    const pages = async (limit: number, offset: number, of = accounts) =>
      expectData(
        await sut.query<{ _entities: Array<{ orders: Page }> }>(
          DemoUsers.admin,
          `query($r: [_Any!]!) { _entities(representations: $r) { ... on Account {
             orders(limit: ${limit}, offset: ${offset}) { id createdAt lines { lineNumber } } } } }`,
          { r: of.map((id) => ({ __typename: 'Account', id })) },
        ),
      )._entities.map((a) => a.orders);
    const all = await pages(200, 0);
    for (const [i, orders] of all.entries()) {
      expect(orders.length).toBeGreaterThanOrEqual(3);
      expect(
        Number(
          await count('SELECT count(*) AS n FROM sales_order WHERE account_id = $1', [accounts[i]]),
        ),
      ).toBe(orders.length);
      const created = orders.map((o) => o.createdAt);
      expect(created).toEqual([...created].sort().reverse());
      for (const order of orders)
        expect(order.lines.map((l) => l.lineNumber)).toEqual(order.lines.map((_, n) => n + 1));
    }
    // The second and third of each account's orders: the same rows, the same order.
    expect(await pages(2, 1)).toEqual(all.map((orders) => orders.slice(1, 3)));
    // One account alone (its parent matched with `=`, not `= ANY`): the same page as among others.
    expect(await pages(2, 1, [accounts[1]])).toEqual([all[1].slice(1, 3)]);
    expect(await pages(200, 0, [accounts[2]])).toEqual([all[2]]);
  });
});

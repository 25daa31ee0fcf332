import { OrderDrafted, OrderPlaced } from '@salesgraph/events';
import { DemoUsers } from '@salesgraph/identity';
import type { MessageBroker } from '@salesgraph/messaging';
import { countSqlStatements, expectData, testBroker } from '@salesgraph/testing';
import { createOrder, move, type OrderView } from './support/order-queries';
import {
  createProducts,
  seedDirectories,
  startOrderService,
  type OrderSut,
} from './support/order-test-kit';

const account = 'a4000000-0000-4000-8000-000000000001';
const smallAccounts = [
  'a4000000-0000-4000-8000-000000000002',
  'a4000000-0000-4000-8000-000000000003',
];
const { rep, admin } = DemoUsers;
const page = (limit: number) => `{ orders(limit: ${limit}) { id history { eventType } } }`;

interface Listed {
  orders: Array<{ id: string; history: Array<{ eventType: string }> }>;
}

/**
 * A list with histories costs a fixed number of SQL statements, however long
 * it is: the orders in one query, the histories of all of them in one more;
 * and a list field on many parents costs what it costs on one.
 */
describe('lists cost a fixed number of SQL statements, however long', () => {
  let sut: OrderSut;
  let broker: MessageBroker;
  const placed = new Set<string>();

  beforeAll(async () => {
    // The relay stays asleep, so the only statements counted are the request's.
    sut = await startOrderService('orderstatements', { OUTBOX_POLL_INTERVAL_MS: '3600000' });
    broker = testBroker();
    await seedDirectories(
      sut,
      broker,
      [account, ...smallAccounts].map((id) => ({ id, ownerId: rep.id })),
    );
    const { 'HIS-1': productId } = await createProducts(sut, admin, [
      { sku: 'HIS-1', listPrice: '10.00', unitCost: '4.00' },
    ]);
    for (let n = 0; n < 105; n += 1) {
      const draft = expectData(
        await sut.query<{ createOrder: OrderView }>(rep, createOrder, {
          input: { accountId: account, lines: [{ productId, quantity: String(n + 1) }] },
        }),
      ).createOrder;
      // Every seventh order also has a second event, so histories differ in length.
      if (n % 7 === 0) {
        expectData(
          await sut.query(rep, move('placeOrder'), { orderId: draft.id, expectedVersion: 1 }),
        );
        placed.add(draft.id);
      }
    }
    for (const accountId of smallAccounts)
      for (const quantity of ['1', '2'])
        expectData(
          await sut.query(rep, createOrder, {
            input: { accountId, lines: [{ productId, quantity }] },
          }),
        );
  });
  afterAll(async () => {
    await broker?.disconnect();
    await sut?.stop();
  });

  async function list(limit: number) {
    const { result, count, statements } = await countSqlStatements(() =>
      sut.query<Listed>(rep, page(limit)),
    );
    return { orders: expectData(result).orders, count, statements };
  }

  it('issues as many statements for orders(limit: 100) { history } as for limit: 10', async () => {
    await list(1); // the first request of a process may warm caches up; count the next ones
    const ten = await list(10);
    const hundred = await list(100);

    expect(ten.orders).toHaveLength(10);
    expect(hundred.orders).toHaveLength(100);
    expect(hundred.count).toBe(ten.count);
    // The orders, the scope and one statement for every history of the page.
    expect(hundred.statements.filter((sql) => sql.includes('outbox_message'))).toHaveLength(1);

    for (const order of hundred.orders)
      expect(order.history.map((h) => h.eventType)).toEqual(
        placed.has(order.id) ? [OrderDrafted.type, OrderPlaced.type] : [OrderDrafted.type],
      );
    expect(hundred.orders.filter((o) => placed.has(o.id)).length).toBeGreaterThan(10);
  });

  it('pages the orders of many accounts in as many statements as those of one', async () => {
    const ordersOf = async (accountIds: string[]) => {
      const { result, count } = await countSqlStatements(() =>
        sut.query<{ _entities: Array<{ orders: Array<{ id: string; accountId: string }> }> }>(
          rep,
          `query($r: [_Any!]!) { _entities(representations: $r) {
             ... on Account { orders(limit: 5) { id accountId history { eventType } } } } }`,
          { r: accountIds.map((id) => ({ __typename: 'Account', id })) },
        ),
      );
      return { accounts: expectData(result)._entities, count };
    };
    await ordersOf([account]);
    const one = await ordersOf([account]);
    const three = await ordersOf([account, ...smallAccounts]);

    expect(three.count).toBe(one.count);
    expect(three.accounts.map((a) => a.orders.length)).toEqual([5, 2, 2]);
    three.accounts.forEach((a, i) =>
      expect(a.orders.every((o) => o.accountId === [account, ...smallAccounts][i])).toBe(true),
    );
    expect(three.accounts[0].orders).toEqual(one.accounts[0].orders);
  });
});

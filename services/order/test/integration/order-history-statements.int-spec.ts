import { OrderDrafted, OrderPlaced } from '@salesgraph/events';
import { DemoUsers } from '@salesgraph/identity';
import type { MessageBroker } from '@salesgraph/messaging';
import {
  countSqlStatements,
  expectData,
  startServiceUnderTest,
  testBroker,
  type ServiceUnderTest,
} from '@salesgraph/testing';
import { loadOrderConfig, type OrderConfig } from '../../src/config';
import { orderService } from '../../src/service-definition';
import { createOrder, move, type OrderView } from './support/order-queries';
import { createProducts, seedDirectories } from './support/order-test-kit';

const account = 'a4000000-0000-4000-8000-000000000001';
const { rep, admin } = DemoUsers;
const page = (limit: number) => `{ orders(limit: ${limit}) { id history { eventType } } }`;

interface Listed {
  orders: Array<{ id: string; history: Array<{ eventType: string }> }>;
}

/**
 * A list with histories costs a fixed number of SQL statements, however long
 * it is: the orders in one query, the histories of all of them in one more.
 */
describe('order histories are read in one statement per request', () => {
  let sut: ServiceUnderTest<OrderConfig>;
  let broker: MessageBroker;
  const placed = new Set<string>();

  beforeAll(async () => {
    sut = await startServiceUnderTest({
      label: 'orderstatements',
      loadConfig: loadOrderConfig,
      definition: orderService,
      // The relay stays asleep, so the only statements counted are the request's.
      env: { OUTBOX_POLL_INTERVAL_MS: '3600000' },
    });
    broker = testBroker();
    await seedDirectories(sut, broker, [{ id: account, ownerId: rep.id }]);
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
});

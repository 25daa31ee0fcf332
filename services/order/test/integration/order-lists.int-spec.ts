import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import type { MessageBroker } from '@salesgraph/messaging';
import { errorCode, expectData, testBroker } from '@salesgraph/testing';
import { createOrder } from './support/order-queries';
import {
  createProducts,
  seedDirectories,
  startOrderService,
  type OrderSut,
} from './support/order-test-kit';

const muellerAccount = 'a3000000-0000-4000-8000-000000000001';
const acmeAccount = 'a3000000-0000-4000-8000-000000000002';
const southAccount = 'a3000000-0000-4000-8000-000000000003';
const { rep, rep2, coordinator, admin } = DemoUsers;
const orderList = `query($search: String, $sortBy: OrderSortField, $direction: SortDirection, $limit: Int, $offset: Int, $filter: OrderFilter) {
  orderList(search: $search, sortBy: $sortBy, direction: $direction, limit: $limit, offset: $offset, filter: $filter) {
    total items { orderNumber accountId totalNet purchasingContactName lines { lineNumber } }
  }
}`;

type Listed = {
  total: number;
  items: Array<{
    orderNumber: string;
    accountId: string;
    totalNet: string;
    purchasingContactName: string | null;
    lines: Array<{ lineNumber: number }>;
  }>;
};

/** Issue 14, lists people can work with: orders with a total, sorted, searched by customer too. */
describe('the list of orders', () => {
  let sut: OrderSut;
  let broker: MessageBroker;
  const list = async (user: AuthenticatedUser, variables: Record<string, unknown>) =>
    expectData(await sut.query<{ orderList: Listed }>(user, orderList, variables)).orderList;

  beforeAll(async () => {
    sut = await startOrderService('orderlists');
    broker = testBroker();
    await seedDirectories(sut, broker, [
      { id: muellerAccount, ownerId: rep.id, name: 'Müller Armaturen GmbH' },
      { id: acmeAccount, ownerId: rep.id, name: 'Acme Valves' },
      { id: southAccount, ownerId: rep2.id, name: 'Müller Süd' },
    ]);
    const valve = (
      await createProducts(sut, admin, [{ sku: 'LST-VALVE', listPrice: '10.00', unitCost: '4.00' }])
    )['LST-VALVE'];
    const orders: Array<[AuthenticatedUser, string, string, string | undefined]> = [
      [rep, muellerAccount, '3', 'Petra Einkauf'],
      [rep, acmeAccount, '1', 'Wile E. Coyote'],
      [rep, muellerAccount, '2', undefined],
      [rep, acmeAccount, '5', 'Road Runner'],
      [rep2, southAccount, '4', 'Petra Süd'],
    ];
    for (const [user, accountId, quantity, purchasingContactName] of orders)
      expectData(
        await sut.query(user, createOrder, {
          input: {
            accountId,
            ...(purchasingContactName ? { purchasingContactName } : {}),
            lines: [
              { productId: valve, quantity },
              { productId: valve, quantity: '1' },
            ],
          },
        }),
      );
  });
  afterAll(async () => {
    await broker?.disconnect();
    await sut?.stop();
  });

  it('counts the orders one may see and pages them in the order asked for, lines and all', async () => {
    const page = await list(rep, { sortBy: 'TOTAL_NET', direction: 'DESC', limit: 3 });
    expect(page.total).toBe(4);
    expect(page.items.map((o) => o.totalNet)).toEqual(['60.00', '40.00', '30.00']);
    expect(page.items.every((o) => o.lines.map((l) => l.lineNumber).join() === '1,2')).toBe(true);
    const rest = await list(rep, { sortBy: 'TOTAL_NET', direction: 'DESC', limit: 3, offset: 3 });
    expect(rest).toMatchObject({ total: 4, items: [{ totalNet: '20.00' }] });
    expect((await list(coordinator, {})).total).toBe(5);
    expect((await list(rep, { filter: { accountId: acmeAccount } })).total).toBe(2);
  });

  it('finds orders by number, purchasing contact or the customer’s name', async () => {
    const byCustomer = await list(rep, { search: 'müller', sortBy: 'TOTAL_NET', direction: 'ASC' });
    expect(byCustomer.total).toBe(2);
    expect(byCustomer.items.map((o) => [o.accountId, o.totalNet])).toEqual([
      [muellerAccount, '30.00'],
      [muellerAccount, '40.00'],
    ]);
    // A coordinator sees every customer's; a word may match the customer, another the contact.
    expect((await list(coordinator, { search: 'Müller' })).total).toBe(3);
    expect((await list(coordinator, { search: 'müller petra' })).total).toBe(2);
    expect(
      (await list(rep, { search: 'runner' })).items.map((o) => o.purchasingContactName),
    ).toEqual(['Road Runner']);
    const number = (await list(rep, { search: 'acme', limit: 1 })).items[0].orderNumber;
    expect(
      (await list(rep, { search: number.toLowerCase() })).items.map((o) => o.orderNumber),
    ).toEqual([number]);
    expect((await list(rep2, { search: 'acme' })).total).toBe(0);
    expect(errorCode(await sut.query(rep, orderList, { search: 'x'.repeat(101) }))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

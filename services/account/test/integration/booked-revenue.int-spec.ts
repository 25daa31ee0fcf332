import { randomUUID } from 'node:crypto';
import { OrderCancelled, OrderConfirmed, OrderPlaced } from '@salesgraph/events';
import { DemoUsers } from '@salesgraph/identity';
import { expectData, waitFor } from '@salesgraph/testing';
import {
  EventPublisher,
  orderSnapshot,
  sql,
  startAccountService,
  type AccountSut,
} from './account-test-kit';

interface Commercials {
  bookedRevenue: string;
  pendingOrderValue: string;
  bookedOrderCount: number;
  monthly: Array<{ month: string; revenue: string; orders: number }>;
}

describe('booked revenue, as the order service decides it', () => {
  let sut: AccountSut;
  let publisher: EventPublisher;

  beforeAll(async () => {
    sut = await startAccountService('account-booked');
    publisher = new EventPublisher(sut);
  });
  afterAll(async () => {
    await publisher?.close();
    await sut?.stop();
  });

  it('dates an order by its confirmation and counts only what counts as booked', async () => {
    const { createAccount: account } = expectData(
      await sut.query<{ createAccount: { id: string } }>(
        DemoUsers.rep,
        'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
        { input: { name: 'Soylent', segment: 'MEDIUM' } },
      ),
    );
    const now = new Date();
    const thisMonth = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
    // placed on the last day of last month, confirmed this month
    const placedAt = new Date(thisMonth - 12 * 3_600_000).toISOString();
    const bookedAt = new Date(Math.max(thisMonth, now.getTime() - 60_000)).toISOString();
    const confirmed = { orderId: randomUUID(), accountId: account.id, totalNet: '1000.00' };
    await publisher.publish(OrderPlaced, {
      order: orderSnapshot({ ...confirmed, status: 'PLACED', revision: 1, placedAt }),
      placedAt,
    });
    await publisher.publish(OrderConfirmed, {
      order: orderSnapshot({ ...confirmed, status: 'CONFIRMED', revision: 2, placedAt, bookedAt }),
      confirmedAt: bookedAt,
    });
    // placed, then cancelled before anyone confirmed it: it never counted
    const withdrawn = { orderId: randomUUID(), accountId: account.id, totalNet: '2000.00' };
    await publisher.publish(OrderPlaced, {
      order: orderSnapshot({ ...withdrawn, status: 'PLACED', revision: 1, placedAt }),
      placedAt,
    });
    await publisher.publish(OrderCancelled, {
      order: orderSnapshot({ ...withdrawn, status: 'CANCELLED', revision: 2, placedAt }),
      reason: 'Ordered by mistake',
      previousStatus: 'PLACED',
      cancelledAt: bookedAt,
    });
    await waitFor(async () => (await sut.handled('account.order-commercials')) === 4, {
      what: 'the four order events handled',
    });

    expect(
      await sql(
        sut,
        'SELECT order_id, booked_at, counts_as_booked FROM account_order ORDER BY total_net',
      ),
    ).toEqual([
      { order_id: confirmed.orderId, booked_at: new Date(bookedAt), counts_as_booked: true },
      { order_id: withdrawn.orderId, booked_at: null, counts_as_booked: false },
    ]);
    const [figures] = expectData(
      await sut.query<{ account: { commercials: Commercials[] } }>(
        DemoUsers.rep,
        `query($id: ID!) { account(id: $id) { commercials {
           bookedRevenue pendingOrderValue bookedOrderCount
           monthly(months: 2) { month revenue orders } } } }`,
        { id: account.id },
      ),
    ).account.commercials;
    expect(figures).toMatchObject({
      bookedRevenue: '1000.00',
      pendingOrderValue: '0.00',
      bookedOrderCount: 1,
    });
    // the customer ordered last month; the business was booked this month
    expect(figures.monthly.map((m) => [m.revenue, m.orders])).toEqual([
      ['0.00', 0],
      ['1000.00', 1],
    ]);
  });
});

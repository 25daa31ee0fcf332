import { DemoAccounts, DemoProducts } from '@salesgraph/demo-data';
import { Topics } from '@salesgraph/events';
import { DemoUsers } from '@salesgraph/identity';
import { Exact } from '@salesgraph/service-kit';
import { testBroker } from '@salesgraph/testing';
import { Client } from 'pg';
import { caughtUp, graph, graphEventually } from './support/platform';
import { stackInfo } from './support/stack-info';

/**
 * One order, one period, everywhere: "booked" is the order service's decision
 * (booked when confirmed), carried in its events, and every subgraph that
 * shows booked revenue dates it the same way. An order placed last month and
 * confirmed this month must show in this month, and not in last month, in the
 * account's commercials, in Account.revenue, in accountAttainment and in
 * salesAttainment.
 */
describe('an order placed in one month and confirmed in the next', () => {
  const broker = testBroker();
  afterAll(() => broker.disconnect());
  const rep = DemoUsers.rep2;
  const account = DemoAccounts.hooli;
  const now = new Date();
  const month = (offset: number) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1))
      .toISOString()
      .slice(0, 10);
  const thisMonth = month(0);
  const lastMonth = month(-1);
  const lastMonthEnd = new Date(Date.parse(`${thisMonth}T00:00:00Z`) - 86_400_000)
    .toISOString()
    .slice(0, 10);
  const today = now.toISOString().slice(0, 10);

  const figuresQuery = `
    query Figures($account: ID!, $rep: ID!, $thisMonth: String!, $lastMonth: String!,
                  $thisFrom: LocalDate!, $thisTo: LocalDate!, $lastFrom: LocalDate!, $lastTo: LocalDate!) {
      account(id: $account) {
        commercials { monthly(months: 2) { month revenue } }
        revenueThis: revenue(from: $thisFrom, to: $thisTo) { booked }
        revenueLast: revenue(from: $lastFrom, to: $lastTo) { booked }
      }
      accountThis: accountAttainment(accountId: $account, periodKind: MONTH, periodStart: $thisMonth) { booked }
      accountLast: accountAttainment(accountId: $account, periodKind: MONTH, periodStart: $lastMonth) { booked }
      salesThis: salesAttainment(userId: $rep, periodKind: MONTH, periodStart: $thisMonth) { booked }
      salesLast: salesAttainment(userId: $rep, periodKind: MONTH, periodStart: $lastMonth) { booked }
    }`;

  interface Figures {
    account: {
      commercials: Array<{ monthly: Array<{ month: string; revenue: string }> }>;
      revenueThis: { booked: string };
      revenueLast: { booked: string };
    };
    accountThis: { booked: string };
    accountLast: { booked: string };
    salesThis: { booked: string };
    salesLast: { booked: string };
  }

  /** The booked figure of each view, for this month and last month. */
  const views = (f: Figures) => {
    const monthly = f.account.commercials.flatMap((c) => c.monthly);
    const commercial = (m: string) =>
      monthly
        .filter((row) => row.month === m.slice(0, 7))
        .reduce((sum, row) => sum.plus(row.revenue), new Exact(0));
    return {
      commercials: [commercial(thisMonth), commercial(lastMonth)],
      accountRevenue: [
        new Exact(f.account.revenueThis.booked),
        new Exact(f.account.revenueLast.booked),
      ],
      accountAttainment: [new Exact(f.accountThis.booked), new Exact(f.accountLast.booked)],
      salesAttainment: [new Exact(f.salesThis.booked), new Exact(f.salesLast.booked)],
    };
  };

  const variables = {
    account: account.id,
    rep: rep.id,
    thisMonth,
    lastMonth,
    thisFrom: thisMonth,
    thisTo: today,
    lastFrom: lastMonth,
    lastTo: lastMonthEnd,
  };

  it('shows the same amount in the month of its confirmation in commercials, Account.revenue, accountAttainment and salesAttainment', async () => {
    const created = await graph<{ createOrder: { id: string; version: number; totalNet: string } }>(
      'rep2',
      'mutation($a: ID!, $p: ID!) { createOrder(input: { accountId: $a, lines: [{ productId: $p, quantity: "3" }] }) { id version totalNet } }',
      { a: account.id, p: DemoProducts.pump.id },
    );
    const { id, totalNet } = created.createOrder;
    const placed = await graph<{ placeOrder: { version: number } }>(
      'rep2',
      'mutation($id: ID!, $v: Int!) { placeOrder(orderId: $id, expectedVersion: $v) { version } }',
      { id, v: created.createOrder.version },
    );

    // The customer ordered last month: the test moves the placement back, as
    // if it had been placed then, before order administration confirms it now.
    const orders = new Client({ connectionString: stackInfo().databaseUrls.order });
    await orders.connect();
    try {
      const moved = await orders.query(
        `UPDATE sales_order SET placed_at = $2::date + interval '12 hours' WHERE id = $1`,
        [id, lastMonthEnd],
      );
      expect(moved.rowCount).toBe(1);
    } finally {
      await orders.end();
    }

    // Other tests confirm orders of this account and rep too: the baseline is read once
    // the services that count them have handled every order event so far.
    await caughtUp(broker, ['account', 'planning'], Topics.order);
    const before = views(await graph<Figures>(rep, figuresQuery, variables));
    await graph(
      'coordinator',
      'mutation($id: ID!, $v: Int!) { confirmOrder(orderId: $id, expectedVersion: $v) { status } }',
      {
        id,
        v: placed.placeOrder.version,
      },
    );

    const amount = new Exact(totalNet);
    const grewByAmount = (f: Figures) => {
      const after = views(f);
      return (Object.keys(after) as Array<keyof typeof after>).every(
        (view) =>
          after[view][0].minus(before[view][0]).equals(amount) &&
          after[view][1].equals(before[view][1]),
      );
    };
    const settled = await graphEventually<Figures>(
      rep,
      figuresQuery,
      variables,
      grewByAmount,
      'every view to count the order in the month it was confirmed',
    );

    const after = views(settled);
    for (const view of Object.keys(after) as Array<keyof typeof after>) {
      expect({ view, thisMonth: after[view][0].minus(before[view][0]).toFixed(2) }).toEqual({
        view,
        thisMonth: amount.toFixed(2),
      });
      expect({ view, lastMonth: after[view][1].toFixed(2) }).toEqual({
        view,
        lastMonth: before[view][1].toFixed(2),
      });
    }
  });
});

import { DemoAccounts, DemoProducts, DemoTeams, DemoUsers } from '@salesgraph/demo-data';
import { errorCode } from '@salesgraph/testing';
import Decimal from 'decimal.js';
import { asUser } from './support/e2e-client';
import { currentQuarterStart, graph, graphEventually } from './support/platform';

/**
 * A day in the life of a sales manager: sets a rep's target, is refused where
 * it is not theirs to set, and watches the team's attainment move as order
 * administration confirms and invoices the rep's order.
 */
describe('a sales manager sets targets and watches team attainment', () => {
  const quarter = currentQuarterStart();
  type Team = {
    teamAttainment: Array<{
      userId: string;
      booked: string;
      invoiced: string;
      target: string | null;
    }>;
  };
  const teamAttainment = () =>
    graph<Team>(
      'manager',
      'query($t: ID!, $p: String) { teamAttainment(teamId: $t, periodKind: QUARTER, periodStart: $p) { userId booked invoiced target } }',
      {
        t: DemoTeams.north.id,
        p: quarter,
      },
    );
  const rita = (team: Team) => team.teamAttainment.find((a) => a.userId === DemoUsers.rep.id)!;

  it('sets a target for a rep of the team; a rep and another manager’s rep are refused', async () => {
    const set = await graph<{ setRevenueTarget: { amount: string; repId: string } }>(
      'manager',
      'mutation($r: ID!, $p: String!) { setRevenueTarget(input: { repId: $r, periodKind: QUARTER, periodStart: $p, amount: "150000.00", currency: "EUR" }) { amount repId } }',
      { r: DemoUsers.rep.id, p: quarter },
    );
    expect(set.setRevenueTarget).toEqual({ amount: '150000.00', repId: DemoUsers.rep.id });
    const mine = await graph<{ me: { targets: Array<{ periodStart: string; amount: string }> } }>(
      'rep',
      '{ me { targets { periodStart amount } } }',
    );
    expect(mine.me.targets).toContainEqual({ periodStart: quarter, amount: '150000.00' });

    const byRep = await asUser(
      'rep',
      'mutation($r: ID!, $p: String!) { setRevenueTarget(input: { repId: $r, periodKind: QUARTER, periodStart: $p, amount: "1.00" }) { id } }',
      { r: DemoUsers.rep.id, p: quarter },
    );
    expect(errorCode(byRep)).toBe('FORBIDDEN');
    const otherTeam = await asUser(
      'manager',
      'mutation($r: ID!, $p: String!) { setRevenueTarget(input: { repId: $r, periodKind: QUARTER, periodStart: $p, amount: "1.00" }) { id } }',
      { r: DemoUsers.rep3.id, p: quarter },
    );
    expect(errorCode(otherTeam)).toBe('FORBIDDEN');
    expect(rita(await teamAttainment()).target).toBe('150000.00');
  });

  it('sees the rep’s booked and invoiced revenue move by exactly the order’s total', async () => {
    const before = rita(await teamAttainment());
    const order = await graph<{ createOrder: { id: string; version: number; totalNet: string } }>(
      'rep',
      'mutation($a: ID!, $p: ID!) { createOrder(input: { accountId: $a, lines: [{ productId: $p, quantity: "7", discountPercent: "12.5" }] }) { id version totalNet } }',
      { a: DemoAccounts.umbrella.id, p: DemoProducts.sensor.id },
    );
    // 7 × 79.99 × 0.875 = 489.93875 → 489.94
    expect(order.createOrder.totalNet).toBe('489.94');
    const move = async (who: 'rep' | 'coordinator', mutation: string, version: number) =>
      (
        await graph<Record<string, { version: number }>>(
          who,
          `mutation($id: ID!, $v: Int!) { ${mutation}(orderId: $id, expectedVersion: $v) { version } }`,
          { id: order.createOrder.id, v: version },
        )
      )[mutation].version;
    let version = await move('rep', 'placeOrder', order.createOrder.version);
    version = await move('coordinator', 'confirmOrder', version);

    const booked = new Decimal(before.booked).plus('489.94').toFixed(2);
    await graphEventually<Team>(
      'manager',
      'query($t: ID!, $p: String) { teamAttainment(teamId: $t, periodKind: QUARTER, periodStart: $p) { userId booked invoiced target } }',
      { t: DemoTeams.north.id, p: quarter },
      (d) => rita(d).booked === booked,
      `booked to reach ${booked}`,
    );

    version = await move('coordinator', 'fulfilOrder', version);
    await move('coordinator', 'invoiceOrder', version);
    const invoiced = new Decimal(before.invoiced).plus('489.94').toFixed(2);
    const after = await graphEventually<Team>(
      'manager',
      'query($t: ID!, $p: String) { teamAttainment(teamId: $t, periodKind: QUARTER, periodStart: $p) { userId booked invoiced target } }',
      { t: DemoTeams.north.id, p: quarter },
      (d) => rita(d).invoiced === invoiced,
      `invoiced to reach ${invoiced}`,
    );
    expect(rita(after).booked).toBe(booked);

    const own = await graph<{ me: { attainment: { booked: string; invoiced: string } } }>(
      'rep',
      'query($p: String) { me { attainment(periodKind: QUARTER, periodStart: $p) { booked invoiced } } }',
      { p: quarter },
    );
    expect(own.me.attainment).toEqual({ booked, invoiced });
  });
});

import type { AuthenticatedUser } from '@salesgraph/identity';
import type { PlanningFixture } from './planning-fixture';

/**
 * The set-up the currency specs share, through the API as users make it: a
 * team with one rep and the rep's Q2 2026 target, and exchange rates.
 */

/** A team led by `manager` with `rep` in it, and the rep's target for the quarter from 1 April 2026. */
export async function repWithQuarterTarget(
  f: PlanningFixture,
  o: {
    team: string;
    manager: AuthenticatedUser;
    admin: AuthenticatedUser;
    rep: AuthenticatedUser;
    amount: string;
    currency: string;
    splits?: Array<{ productLine: string; amount: string }>;
  },
): Promise<void> {
  const team = await f.data<{ createSalesTeam: { id: string } }>(
    o.manager,
    'mutation($name: String!) { createSalesTeam(input: { name: $name }) { id } }',
    { name: o.team },
  );
  await f.data(
    o.admin,
    'mutation($i: AddSalesTeamMemberInput!) { addSalesTeamMember(input: $i) { id } }',
    { i: { teamId: team.createSalesTeam.id, userId: o.rep.id, role: 'SALES_REP' } },
  );
  await f.data(
    o.manager,
    'mutation($i: SetRevenueTargetInput!) { setRevenueTarget(input: $i) { id } }',
    {
      i: {
        repId: o.rep.id,
        periodKind: 'QUARTER',
        periodStart: '2026-04-01',
        amount: o.amount,
        currency: o.currency,
        ...(o.splits ? { splits: o.splits } : {}),
      },
    },
  );
}

/** One rate, set by `admin` by hand: 1 `baseCurrency` = `rate` `quoteCurrency` from `effectiveFrom`. */
export async function setExchangeRate(
  f: PlanningFixture,
  admin: AuthenticatedUser,
  rate: { baseCurrency: string; quoteCurrency: string; effectiveFrom: string; rate: string },
): Promise<void> {
  await f.data(admin, 'mutation($i: SetExchangeRateInput!) { setExchangeRate(input: $i) { id } }', {
    i: rate,
  });
}

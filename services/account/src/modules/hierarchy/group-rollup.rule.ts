import { Exact, sumOf, toCents, wholeDaysBetween } from '@salesgraph/service-kit';
import { AccountStatus } from '../account/account-enums';
import { CommercialFigures } from '../commercials/commercial-figures';
import { changePercent, percentOf } from '../commercials/figures-math';

/**
 * group-rollup-v1: an account and everything below it (its subsidiaries and
 * their sites) seen as one customer. Pure.
 *
 * - Figures: summed per currency over the group, the currency with the most
 *   booked revenue first; percentages recomputed from the sums.
 * - Health: the booked-revenue-weighted mean score of the accounts still
 *   customers (not LOST), weighted in the group's main currency (a plain
 *   mean while none has revenue), so that a large subsidiary at risk weighs
 *   what it is worth; with the lowest score and how many are at risk or lost,
 *   since a mean can hide one account in trouble. No score when all are lost.
 */
export const GROUP_ROLLUP_VERSION = 'group-rollup-v1';

export interface GroupMember {
  accountId: string;
  status: AccountStatus;
  healthScore: number;
  figures: readonly CommercialFigures[];
}

export interface GroupHealthFigures {
  score: number | null;
  lowestScore: number | null;
  accountCount: number;
  atRiskCount: number;
  lostCount: number;
  ruleVersion: string;
}

export function rollUpFigures(
  rootId: string,
  members: readonly GroupMember[],
  now: Date,
): CommercialFigures[] {
  const byCurrency = new Map<string, CommercialFigures[]>();
  for (const figures of members.flatMap((m) => m.figures))
    byCurrency.set(figures.currency, [...(byCurrency.get(figures.currency) ?? []), figures]);
  const sums = [...byCurrency.entries()].map(([currency, list]) => {
    const total = (pick: (f: CommercialFigures) => string) => sumOf(list.map(pick));
    const bookedRevenue = total((f) => f.bookedRevenue);
    const bookedMargin = total((f) => f.bookedMargin);
    const last90 = total((f) => f.revenueLast90Days);
    const previous90 = total((f) => f.revenuePrevious90Days);
    const lastOrderAt = latest(list.map((f) => f.lastOrderAt));
    return Object.assign(new CommercialFigures(), {
      accountId: rootId,
      accountIds: members.map((m) => m.accountId),
      asOf: now,
      currency,
      bookedRevenue: toCents(bookedRevenue),
      bookedMargin: toCents(bookedMargin),
      marginPercent: percentOf(bookedMargin, bookedRevenue),
      invoicedRevenue: toCents(total((f) => f.invoicedRevenue)),
      pendingOrderValue: toCents(total((f) => f.pendingOrderValue)),
      revenueLast90Days: toCents(last90),
      revenuePrevious90Days: toCents(previous90),
      revenueTrendPercent: changePercent(last90, previous90),
      bookedOrderCount: list.reduce((n, f) => n + f.bookedOrderCount, 0),
      lastOrderAt,
      daysSinceLastOrder: lastOrderAt ? wholeDaysBetween(lastOrderAt, now) : null,
    });
  });
  return sums.sort(
    (a, b) =>
      new Exact(b.bookedRevenue).comparedTo(a.bookedRevenue) ||
      a.currency.localeCompare(b.currency),
  );
}

export function rollUpHealth(members: readonly GroupMember[]): GroupHealthFigures {
  const customers = members.filter((m) => m.status !== AccountStatus.LOST);
  const main = mainCurrencyOf(members);
  const weightOf = (m: GroupMember) =>
    new Exact(m.figures.find((f) => f.currency === main)?.bookedRevenue ?? '0');
  const totalWeight = sumOf(customers.map(weightOf));
  const weighted = !customers.length
    ? null
    : totalWeight.isZero()
      ? sumOf(customers.map((m) => m.healthScore)).dividedBy(customers.length)
      : sumOf(customers.map((m) => weightOf(m).times(m.healthScore))).dividedBy(totalWeight);
  return {
    score: weighted === null ? null : weighted.toDecimalPlaces(0).toNumber(),
    lowestScore: customers.length ? Math.min(...customers.map((m) => m.healthScore)) : null,
    accountCount: members.length,
    atRiskCount: members.filter((m) => m.status === AccountStatus.AT_RISK).length,
    lostCount: members.length - customers.length,
    ruleVersion: GROUP_ROLLUP_VERSION,
  };
}

/** The currency with the most booked revenue over the group (the first by name on a tie). */
function mainCurrencyOf(members: readonly GroupMember[]): string | undefined {
  const totals = new Map<string, Exact>();
  for (const f of members.flatMap((m) => m.figures))
    totals.set(f.currency, (totals.get(f.currency) ?? new Exact(0)).plus(f.bookedRevenue));
  return [...totals.entries()].sort(
    ([a, x], [b, y]) => y.comparedTo(x) || a.localeCompare(b),
  )[0]?.[0];
}

function latest(dates: Array<Date | null>): Date | null {
  return dates.reduce<Date | null>((a, d) => (d && (!a || d > a) ? d : a), null);
}

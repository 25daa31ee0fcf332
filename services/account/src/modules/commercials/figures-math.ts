import { Exact, type DecimalValue } from '@salesgraph/service-kit';

/**
 * The commercials' own percentages: one decimal, as the key-account view
 * shows them (service-kit's `percentage` keeps two). Money itself is rounded
 * by service-kit's `toCents`.
 */

/** part / whole in percent with one decimal; null when there is no whole to compare with. */
export function percentOf(part: DecimalValue, whole: DecimalValue): string | null {
  const base = new Exact(whole);
  if (base.isZero()) return null;
  return new Exact(part).times(100).dividedBy(base).toFixed(1);
}

/** Change from `previous` to `current` in percent; null when there was nothing before. */
export function changePercent(current: DecimalValue, previous: DecimalValue): string | null {
  const base = new Exact(previous);
  if (base.isZero()) return null;
  return new Exact(current).minus(base).times(100).dividedBy(base).toFixed(1);
}

/** The `count` calendar months (YYYY-MM, UTC) up to and including the month of `now`, oldest first. */
export function lastMonths(now: Date, count: number): string[] {
  const months: string[] = [];
  for (let back = count - 1; back >= 0; back -= 1) {
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    months.push(month.toISOString().slice(0, 7));
  }
  return months;
}

import Decimal from 'decimal.js';

/** Money as it leaves the service: exact, two decimals. */
export function money(value: string | Decimal): string {
  return new Decimal(value).toFixed(2);
}

/** part / whole in percent with one decimal; null when there is no whole to compare with. */
export function percentOf(part: string, whole: string): string | null {
  const base = new Decimal(whole);
  if (base.isZero()) return null;
  return new Decimal(part).div(base).times(100).toFixed(1);
}

/** Change from `previous` to `current` in percent; null when there was nothing before. */
export function changePercent(current: string, previous: string): string | null {
  const base = new Decimal(previous);
  if (base.isZero()) return null;
  return new Decimal(current).minus(base).div(base).times(100).toFixed(1);
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

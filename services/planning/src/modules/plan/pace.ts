import type Decimal from 'decimal.js';
import { Money } from '../../common/money';
import { yearPeriod } from '../../common/period';

/** How much of the plan year has passed at `now`: 0 before it starts, 1 after it ends. */
export function elapsedShareOfYear(year: number, now: Date): Decimal {
  const { startsAt, endsBefore } = yearPeriod(year);
  if (now <= startsAt) return new Money(0);
  if (now >= endsBefore) return new Money(1);
  return new Money(now.getTime() - startsAt.getTime()).dividedBy(
    endsBefore.getTime() - startsAt.getTime(),
  );
}

/** Pace: where revenue should be by now if the year's target is reached evenly. */
export function expectedByNow(target: Decimal.Value, share: Decimal): Decimal {
  return new Money(target).times(share).toDecimalPlaces(2);
}

/** Behind pace by more than the threshold: actual < pace × (1 − threshold). */
export function isBehindPace(
  actual: Decimal.Value,
  expected: Decimal,
  thresholdPercent: number,
): boolean {
  if (!expected.greaterThan(0)) return false;
  const floor = expected.times(new Money(100).minus(thresholdPercent)).dividedBy(100);
  return new Money(actual).lessThan(floor);
}

/** How far behind pace, as a percentage of pace (0 when on or ahead of it). */
export function shortfallPercent(actual: Decimal.Value, expected: Decimal): string {
  if (!expected.greaterThan(0)) return '0.00';
  const short = expected.minus(actual);
  return short.isNegative() ? '0.00' : short.times(100).dividedBy(expected).toFixed(2);
}

import { daysBetween } from '../../shared/clock';
import { Exact } from '../../shared/decimal';

export interface Term {
  startDate: string;
  endDate: string;
}

/** Days of the term, both ends included. */
export function termDays(term: Term): number {
  return daysBetween(term.startDate, term.endDate) + 1;
}

/** Whole days of the term that have passed before `today` (0 before the start, all after the end). */
export function elapsedDays(term: Term, today: string): number {
  return Math.min(termDays(term), Math.max(0, daysBetween(term.startDate, today)));
}

/**
 * What a commitment should have consumed by `today` at a straight-line
 * pace: committed x elapsed / term, rounded half-up to the measure's scale
 * (3 decimals for quantities, cents for values).
 */
export function expectedByNow(
  committed: string,
  term: Term,
  today: string,
  measure: 'QUANTITY' | 'VALUE',
): string {
  const expected = new Exact(committed).times(elapsedDays(term, today)).dividedBy(termDays(term));
  return expected.toDecimalPlaces(measure === 'QUANTITY' ? 3 : 2).toFixed();
}

/**
 * Behind pace: consumption lags the straight line by more than the
 * tolerance (a percentage of what is expected by now).
 */
export function isBehindPace(
  consumed: string,
  expected: string,
  tolerancePercent: number,
): boolean {
  const floor = new Exact(expected).times(new Exact(100).minus(tolerancePercent)).dividedBy(100);
  return new Exact(consumed).lessThan(floor);
}

/**
 * The warning window `today` falls in: windows of `windowDays` counted from
 * the start of the term. Window 0 is a grace period in which no underrun is
 * raised (a contract signed last week is not behind yet).
 */
export function warningWindow(term: Term, today: string, windowDays: number): number {
  return Math.floor(elapsedDays(term, today) / windowDays);
}

/** Days from `today` to the last day of the term (negative once it has ended). */
export function daysLeft(term: Term, today: string): number {
  return daysBetween(today, term.endDate);
}

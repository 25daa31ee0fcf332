import { daysBetween } from './calendar';
import { Exact, type DecimalValue } from './decimal';

/**
 * Straight-line pace, once for every service: a target spread evenly over a
 * span of time, what should have been reached by now, and whether the actual
 * figure lags it by more than a tolerance. Account plans measure the span in
 * instants (a plan year), supply contracts in calendar days (a term); both
 * come down to the share of the span that has passed.
 */

/** Share of [startsAt, endsBefore) that has passed at `now`: 0 before, 1 after. */
export function elapsedShare(span: { startsAt: Date; endsBefore: Date }, now: Date): Exact {
  if (now <= span.startsAt) return new Exact(0);
  if (now >= span.endsBefore) return new Exact(1);
  return new Exact(now.getTime() - span.startsAt.getTime()).dividedBy(
    span.endsBefore.getTime() - span.startsAt.getTime(),
  );
}

/** A term of calendar dates, both ends included. */
export interface Term {
  startDate: string;
  endDate: string;
}

/** Days of the term, both ends included. */
export function termDays(term: Term): number {
  return daysBetween(term.startDate, term.endDate) + 1;
}

/** Whole days of the term before `today` (0 before the start, all after the end). */
export function elapsedDays(term: Term, today: string): number {
  return Math.min(termDays(term), Math.max(0, daysBetween(term.startDate, today)));
}

/** Share of the term that has passed before `today`, by whole days. */
export function elapsedShareOfTerm(term: Term, today: string): Exact {
  return new Exact(elapsedDays(term, today)).dividedBy(termDays(term));
}

/** What should have been reached by now: target x share, rounded half-up to `places`. */
export function expectedByNow(target: DecimalValue, share: DecimalValue, places = 2): Exact {
  return new Exact(target).times(share).toDecimalPlaces(places);
}

/**
 * Behind pace: `actual` lags `expected` by more than `tolerancePercent` of
 * it. Nothing is behind while nothing is expected yet.
 */
export function isBehindPace(
  actual: DecimalValue,
  expected: DecimalValue,
  tolerancePercent: number,
): boolean {
  const due = new Exact(expected);
  if (!due.greaterThan(0)) return false;
  const floor = due.times(new Exact(100).minus(tolerancePercent)).dividedBy(100);
  return new Exact(actual).lessThan(floor);
}

/** How far behind pace, as a percentage of what is expected (0 when on or ahead of it). */
export function shortfallPercent(actual: DecimalValue, expected: DecimalValue): string {
  const due = new Exact(expected);
  if (!due.greaterThan(0)) return '0.00';
  const short = due.minus(actual);
  return short.isNegative() ? '0.00' : short.times(100).dividedBy(due).toFixed(2);
}

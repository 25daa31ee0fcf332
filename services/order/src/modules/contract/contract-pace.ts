import {
  daysBetween,
  elapsedDays,
  elapsedShareOfTerm,
  expectedByNow,
  type Term,
} from '@salesgraph/service-kit';

/**
 * What is particular to contracts about pace; the straight line itself
 * (term days, days passed, expected by now, behind pace) is service-kit's,
 * the same one account plans are measured by.
 */

/**
 * What a commitment should have consumed by `today` at a straight-line pace
 * over its term, rounded half-up to the measure's scale: 3 decimals for
 * quantities (as they are stored), cents for values.
 */
export function commitmentExpectedByNow(
  committed: string,
  term: Term,
  today: string,
  measure: 'QUANTITY' | 'VALUE',
): string {
  const places = measure === 'QUANTITY' ? 3 : 2;
  return expectedByNow(committed, elapsedShareOfTerm(term, today), places).toFixed();
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

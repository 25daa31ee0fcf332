import { isoDateOf, periodContaining, type Period } from '@salesgraph/service-kit';
import type { SlipReason } from './slip-reason';
import type { SlippedDealPlacement } from './slipped-deal-placement';

/**
 * slipped-v1. An open opportunity has slipped when its expected close date
 * lies before today, or when it has none: it will not close when it said, and
 * nobody said when it will. A slipped deal is never dropped: it is listed as
 * slipped in every forecast, and counted in exactly one period, the one the
 * manager chooses (the current one by default); NOT_COUNTED lists it only.
 * A deal that has not slipped counts in the period of its close date.
 */
export const SLIPPED_RULE_VERSION = 'slipped-v1';

/** Why a deal has slipped by `today` (YYYY-MM-DD), or null when it has not. */
export function slipOf(expectedCloseDate: string | null, today: string): SlipReason | null {
  if (expectedCloseDate === null) return 'NO_CLOSE_DATE';
  return expectedCloseDate < today ? 'CLOSE_DATE_PASSED' : null;
}

/** Whether the slipped deals count in `period`'s forecast, by the manager's placement. */
export function slippedCountIn(
  period: Period,
  now: Date,
  placement: SlippedDealPlacement,
): boolean {
  if (placement === 'NOT_COUNTED') return false;
  const current = periodContaining(period.kind, now);
  const home =
    placement === 'CURRENT_PERIOD' ? current : periodContaining(period.kind, current.endsBefore);
  return home.start === period.start;
}

/** Today's date in UTC, as close dates are written. */
export const todayOf = (now: Date): string => isoDateOf(now);

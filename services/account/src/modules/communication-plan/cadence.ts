import { addDays, isoDateOf } from '@salesgraph/service-kit';
import { TouchpointCadence } from './touchpoint-enums';

const months: Partial<Record<TouchpointCadence, number>> = {
  [TouchpointCadence.MONTHLY]: 1,
  [TouchpointCadence.QUARTERLY]: 3,
  [TouchpointCadence.YEARLY]: 12,
};

/** `date` (YYYY-MM-DD) plus whole months; the 31st becomes the last day of a shorter month. */
function addMonths(date: string, count: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year, month - 1 + count + 1, 0)).getUTCDate();
  return isoDateOf(new Date(Date.UTC(year, month - 1 + count, Math.min(day, lastDay))));
}

/** The date after `date` in the cadence; null for ONCE, which does not recur. */
export function followingDate(cadence: TouchpointCadence, date: string): string | null {
  if (cadence === TouchpointCadence.ONCE) return null;
  if (cadence === TouchpointCadence.WEEKLY) return addDays(date, 7);
  return addMonths(date, months[cadence] ?? 1);
}

/**
 * The next due date after a touchpoint took place on `doneOn`: the following
 * date of the plan, or, when that is already past because the touchpoint was
 * late, the following date counted from when it was done. Null for ONCE.
 */
export function nextDueDate(
  cadence: TouchpointCadence,
  dueOn: string,
  doneOn: string,
): string | null {
  const planned = followingDate(cadence, dueOn);
  if (planned === null) return null;
  return planned > doneOn ? planned : followingDate(cadence, doneOn);
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (floored); null when there is no `from`. */
export function daysBetween(from: Date | null | undefined, to: Date): number | null {
  if (!from) return null;
  return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}

/** The UTC calendar date of `at`, shifted by `days`, as YYYY-MM-DD. */
export function isoDate(at: Date, days = 0): string {
  return new Date(at.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** `at` shifted by a number of days. */
export function addDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * DAY_MS);
}

/** Days from the calendar date `today` to the calendar date `date` (both YYYY-MM-DD). */
export function daysUntil(date: string, today: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

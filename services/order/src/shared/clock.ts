/**
 * Where "now" comes from. Services take a clock so that tests and the seed
 * can act at a chosen time (an order placed last week, a contract check on
 * a given day) through the same code path as a live request.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** The calendar date (UTC) of a moment, as "YYYY-MM-DD". */
export function isoDateOf(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The ISO date `days` after `date`. */
export function addDays(date: string, days: number): string {
  return isoDateOf(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));
}

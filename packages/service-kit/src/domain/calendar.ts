import { BadInputError } from '../graphql/domain-error';

/**
 * Calendar dates (UTC) as "YYYY-MM-DD" strings, and day counts. One rule for
 * every service: between two calendar dates the count is exact; between two
 * instants it is the number of whole days that have passed (floored), so
 * "3 days since the last call" never rounds 2.6 days up.
 */
export const DAY_MS = 86_400_000;

/** The UTC calendar date of an instant. */
export function isoDateOf(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** The calendar date `days` after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return isoDateOf(new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS));
}

/** Days from one calendar date to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Whole days that have passed from one instant to another (floored; negative when `to` is earlier). */
export function wholeDaysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}

/** An instant shifted by a number of days. */
export function plusDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * DAY_MS);
}

/** 00:00Z of a calendar date. */
export function startOfDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** A strict YYYY-MM-DD date that exists in the calendar, at 00:00Z; undefined otherwise. */
export function parseCalendarDate(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return isoDateOf(date) === text ? date : undefined;
}

/** A date argument that must exist in the calendar; BAD_USER_INPUT naming the field otherwise. */
export function requireCalendarDate(field: string, text: string): Date {
  const date = parseCalendarDate(text);
  if (!date) throw new BadInputError(`${field} ${text} is not a date that exists.`, { field });
  return date;
}

import { BadInputError } from '@salesgraph/service-kit';
import { PeriodKind } from './period-kind';

/**
 * A calendar period in UTC. `start` and `end` are dates (the end inclusive,
 * as targets state them); `startsAt` and `endsBefore` bound event times, so
 * an order confirmed at 23:59:59Z on the last day still counts.
 */
export interface Period {
  kind: PeriodKind;
  start: string;
  end: string;
  startsAt: Date;
  endsBefore: Date;
}

const monthsOf: Record<PeriodKind, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

/** A strict YYYY-MM-DD date that exists in the calendar, at 00:00Z; undefined otherwise. */
export function parseCalendarDate(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return formatDate(date) === text ? date : undefined;
}

/** A date argument that must exist in the calendar; BAD_USER_INPUT naming the field otherwise. */
export function requireCalendarDate(field: string, text: string): Date {
  const date = parseCalendarDate(text);
  if (!date) throw new BadInputError(`${field} ${text} is not a date that exists.`);
  return date;
}

export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function periodFrom(kind: PeriodKind, year: number, month: number): Period {
  const startsAt = new Date(Date.UTC(year, month, 1));
  const endsBefore = new Date(Date.UTC(year, month + monthsOf[kind], 1));
  return {
    kind,
    start: formatDate(startsAt),
    end: formatDate(new Date(endsBefore.getTime() - 86_400_000)),
    startsAt,
    endsBefore,
  };
}

/** The period of this kind that contains the instant. */
export function periodContaining(kind: PeriodKind, at: Date): Period {
  const months = monthsOf[kind];
  const month = Math.floor(at.getUTCMonth() / months) * months;
  return periodFrom(kind, at.getUTCFullYear(), month);
}

/** The period that starts on `start`; a date that does not start a period is refused. */
export function periodStartingOn(kind: PeriodKind, start: string): Period {
  const date = parseCalendarDate(start);
  if (!date)
    throw new BadInputError(`periodStart must be a date such as "2026-01-01", not "${start}".`);
  const period = periodContaining(kind, date);
  if (period.start !== start) {
    throw new BadInputError(
      `periodStart ${start} does not start a ${kind.toLowerCase()}: the ${kind.toLowerCase()} containing it starts on ${period.start}.`,
    );
  }
  return period;
}

/** The period a query asks for: the given start, or the current period of the clock. */
export function requestedPeriod(kind: PeriodKind, start: string | undefined, now: Date): Period {
  return start ? periodStartingOn(kind, start) : periodContaining(kind, now);
}

/** The plan year as a period. */
export function yearPeriod(year: number): Period {
  return periodFrom(PeriodKind.YEAR, year, 0);
}

import { BadInputError } from '../graphql/domain-error';
import { DAY_MS, isoDateOf, parseCalendarDate } from './calendar';

export type PeriodKindName = 'MONTH' | 'QUARTER' | 'YEAR';

/**
 * A calendar period in UTC. `start` and `end` are dates (the end inclusive,
 * as targets and reports state them); `startsAt` and `endsBefore` bound
 * instants, so an order booked at 23:59:59Z on the last day still counts.
 */
export interface Period {
  kind: PeriodKindName;
  start: string;
  end: string;
  startsAt: Date;
  endsBefore: Date;
}

const monthsOf: Record<PeriodKindName, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

function periodFrom(kind: PeriodKindName, year: number, month: number): Period {
  const startsAt = new Date(Date.UTC(year, month, 1));
  const endsBefore = new Date(Date.UTC(year, month + monthsOf[kind], 1));
  return {
    kind,
    start: isoDateOf(startsAt),
    end: isoDateOf(new Date(endsBefore.getTime() - DAY_MS)),
    startsAt,
    endsBefore,
  };
}

/** The period of this kind that contains the instant. */
export function periodContaining(kind: PeriodKindName, at: Date): Period {
  const months = monthsOf[kind];
  return periodFrom(kind, at.getUTCFullYear(), Math.floor(at.getUTCMonth() / months) * months);
}

/** The period that starts on `start`; a date that does not start a period is refused. */
export function periodStartingOn(kind: PeriodKindName, start: string): Period {
  const date = parseCalendarDate(start);
  if (!date)
    throw new BadInputError(`periodStart must be a date such as "2026-01-01", not "${start}".`);
  const period = periodContaining(kind, date);
  if (period.start !== start) {
    const name = kind.toLowerCase();
    throw new BadInputError(
      `periodStart ${start} does not start a ${name}: the ${name} containing it starts on ${period.start}.`,
    );
  }
  return period;
}

/** The period a query asks for: the given start, or the current period at `now`. */
export function requestedPeriod(
  kind: PeriodKindName,
  start: string | undefined,
  now: Date,
): Period {
  return start ? periodStartingOn(kind, start) : periodContaining(kind, now);
}

/** A calendar year as a period. */
export function yearPeriod(year: number): Period {
  return periodFrom('YEAR', year, 0);
}

/** Whether an instant falls in the period. */
export function inPeriod(period: Pick<Period, 'startsAt' | 'endsBefore'>, at: Date): boolean {
  return at >= period.startsAt && at < period.endsBefore;
}

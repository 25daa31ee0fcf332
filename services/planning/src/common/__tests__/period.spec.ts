import { PeriodKind } from '../period-kind';
import { parseCalendarDate, periodContaining, periodStartingOn, requestedPeriod } from '../period';

describe('periods', () => {
  it('finds the month, quarter and year containing an instant (UTC)', () => {
    const at = new Date('2026-08-31T23:59:59.999Z');
    expect(periodContaining(PeriodKind.MONTH, at)).toMatchObject({
      start: '2026-08-01',
      end: '2026-08-31',
      endsBefore: new Date('2026-09-01T00:00:00Z'),
    });
    expect(periodContaining(PeriodKind.QUARTER, at)).toMatchObject({
      start: '2026-07-01',
      end: '2026-09-30',
    });
    expect(periodContaining(PeriodKind.YEAR, at)).toMatchObject({
      start: '2026-01-01',
      end: '2026-12-31',
      startsAt: new Date('2026-01-01T00:00:00Z'),
    });
  });

  it('handles the last quarter and leap years', () => {
    expect(periodStartingOn(PeriodKind.QUARTER, '2026-10-01')).toMatchObject({
      end: '2026-12-31',
      endsBefore: new Date('2027-01-01T00:00:00Z'),
    });
    expect(periodStartingOn(PeriodKind.MONTH, '2028-02-01').end).toBe('2028-02-29');
  });

  it('refuses a start that does not begin the period, naming the right one', () => {
    expect(() => periodStartingOn(PeriodKind.QUARTER, '2026-05-01')).toThrow(
      'does not start a quarter: the quarter containing it starts on 2026-04-01',
    );
    expect(() => periodStartingOn(PeriodKind.YEAR, '2026-02-01')).toThrow('starts on 2026-01-01');
  });

  it('refuses dates that do not exist or are not dates', () => {
    expect(parseCalendarDate('2026-02-30')).toBeUndefined();
    expect(parseCalendarDate('2026-2-3')).toBeUndefined();
    expect(() => periodStartingOn(PeriodKind.MONTH, 'soon')).toThrow('must be a date');
  });

  it('defaults a query to the current period of the clock', () => {
    const now = new Date('2026-05-17T10:00:00Z');
    expect(requestedPeriod(PeriodKind.QUARTER, undefined, now).start).toBe('2026-04-01');
    expect(requestedPeriod(PeriodKind.MONTH, '2026-01-01', now).end).toBe('2026-01-31');
  });
});

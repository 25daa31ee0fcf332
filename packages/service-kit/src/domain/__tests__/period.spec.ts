import { parseCalendarDate } from '../calendar';
import { inPeriod, periodContaining, periodStartingOn, requestedPeriod } from '../period';

describe('periods', () => {
  it('finds the month, quarter and year containing an instant (UTC)', () => {
    const at = new Date('2026-08-31T23:59:59.999Z');
    expect(periodContaining('MONTH', at)).toMatchObject({
      start: '2026-08-01',
      end: '2026-08-31',
      endsBefore: new Date('2026-09-01T00:00:00Z'),
    });
    expect(periodContaining('QUARTER', at)).toMatchObject({
      start: '2026-07-01',
      end: '2026-09-30',
    });
    expect(periodContaining('YEAR', at)).toMatchObject({
      start: '2026-01-01',
      end: '2026-12-31',
      startsAt: new Date('2026-01-01T00:00:00Z'),
    });
  });

  it('handles the last quarter and leap years', () => {
    expect(periodStartingOn('QUARTER', '2026-10-01')).toMatchObject({
      end: '2026-12-31',
      endsBefore: new Date('2027-01-01T00:00:00Z'),
    });
    expect(periodStartingOn('MONTH', '2028-02-01').end).toBe('2028-02-29');
  });

  it('refuses a start that does not begin the period, naming the right one', () => {
    expect(() => periodStartingOn('QUARTER', '2026-05-01')).toThrow(
      'does not start a quarter: the quarter containing it starts on 2026-04-01',
    );
    expect(() => periodStartingOn('YEAR', '2026-02-01')).toThrow('starts on 2026-01-01');
  });

  it('refuses dates that do not exist or are not dates', () => {
    expect(parseCalendarDate('2026-02-30')).toBeUndefined();
    expect(parseCalendarDate('2026-2-3')).toBeUndefined();
    expect(() => periodStartingOn('MONTH', 'soon')).toThrow('must be a date');
  });

  it('defaults a query to the current period and bounds instants half-open', () => {
    const now = new Date('2026-05-17T10:00:00Z');
    const quarter = requestedPeriod('QUARTER', undefined, now);
    expect(quarter.start).toBe('2026-04-01');
    expect(requestedPeriod('MONTH', '2026-01-01', now).end).toBe('2026-01-31');
    expect(inPeriod(quarter, new Date('2026-06-30T23:59:59.999Z'))).toBe(true);
    expect(inPeriod(quarter, new Date('2026-07-01T00:00:00Z'))).toBe(false);
  });
});

import {
  addDays,
  daysBetween,
  isoDateOf,
  requireCalendarDate,
  wholeDaysBetween,
} from '../calendar';

describe('calendar', () => {
  it('counts days between calendar dates exactly, across months and leap days', () => {
    expect(daysBetween('2026-03-31', '2026-04-02')).toBe(2);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-04-02', '2026-03-31')).toBe(-2);
  });

  it('counts whole days between instants by flooring: 2.9 days are 2', () => {
    const from = new Date('2026-11-01T10:00:00Z');
    expect(wholeDaysBetween(from, new Date('2026-11-04T07:36:00Z'))).toBe(2);
    expect(wholeDaysBetween(from, new Date('2026-11-04T10:00:00Z'))).toBe(3);
  });

  it('moves dates by days and reads the UTC date of an instant', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(isoDateOf(new Date('2026-03-31T23:59:59Z'))).toBe('2026-03-31');
  });

  it('refuses a date that does not exist, naming the field', () => {
    expect(() => requireCalendarDate('dueDate', '2026-02-30')).toThrow(
      'dueDate 2026-02-30 is not a date that exists.',
    );
  });
});

import { followingDate, nextDueDate } from '../cadence';
import { TouchpointCadence as C } from '../touchpoint-enums';

describe('touchpoint cadence', () => {
  it('steps by week, month, quarter and year, keeping month ends in range', () => {
    expect(followingDate(C.WEEKLY, '2026-12-28')).toBe('2027-01-04');
    expect(followingDate(C.MONTHLY, '2026-01-31')).toBe('2026-02-28');
    expect(followingDate(C.MONTHLY, '2028-01-31')).toBe('2028-02-29');
    expect(followingDate(C.QUARTERLY, '2026-11-30')).toBe('2027-02-28');
    expect(followingDate(C.YEARLY, '2028-02-29')).toBe('2029-02-28');
    expect(followingDate(C.ONCE, '2026-01-01')).toBeNull();
  });

  it('continues the plan when done in time, and counts from the day it was done when late', () => {
    expect(nextDueDate(C.MONTHLY, '2026-03-10', '2026-03-08')).toBe('2026-04-10');
    expect(nextDueDate(C.MONTHLY, '2026-03-10', '2026-04-20')).toBe('2026-05-20');
    expect(nextDueDate(C.ONCE, '2026-03-10', '2026-03-10')).toBeNull();
  });
});

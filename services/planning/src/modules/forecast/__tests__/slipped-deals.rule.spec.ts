import { periodStartingOn } from '@salesgraph/service-kit';
import { slipOf, slippedCountIn } from '../slipped-deals.rule';

const now = new Date('2026-05-10T12:00:00Z');
const q2 = periodStartingOn('QUARTER', '2026-04-01');
const q3 = periodStartingOn('QUARTER', '2026-07-01');
const q1 = periodStartingOn('QUARTER', '2026-01-01');

describe('slipped deals', () => {
  it('calls a deal slipped when its close date is before today or missing', () => {
    expect(slipOf('2026-05-09', '2026-05-10')).toBe('CLOSE_DATE_PASSED');
    expect(slipOf(null, '2026-05-10')).toBe('NO_CLOSE_DATE');
    expect(slipOf('2026-05-10', '2026-05-10')).toBeNull();
    expect(slipOf('2026-06-01', '2026-05-10')).toBeNull();
  });

  it('counts slipped deals in the current period by default, and in that one only', () => {
    expect(slippedCountIn(q2, now, 'CURRENT_PERIOD')).toBe(true);
    expect(slippedCountIn(q1, now, 'CURRENT_PERIOD')).toBe(false);
    expect(slippedCountIn(q3, now, 'CURRENT_PERIOD')).toBe(false);
  });

  it('counts them in the next period, or nowhere, when the manager says so', () => {
    expect(slippedCountIn(q3, now, 'NEXT_PERIOD')).toBe(true);
    expect(slippedCountIn(q2, now, 'NEXT_PERIOD')).toBe(false);
    for (const period of [q1, q2, q3])
      expect(slippedCountIn(period, now, 'NOT_COUNTED')).toBe(false);
  });

  it('finds the next period across a year end and for months and years', () => {
    const december = new Date('2026-12-31T23:00:00Z');
    expect(slippedCountIn(periodStartingOn('QUARTER', '2027-01-01'), december, 'NEXT_PERIOD')).toBe(
      true,
    );
    expect(slippedCountIn(periodStartingOn('MONTH', '2027-01-01'), december, 'NEXT_PERIOD')).toBe(
      true,
    );
    expect(slippedCountIn(periodStartingOn('YEAR', '2027-01-01'), december, 'NEXT_PERIOD')).toBe(
      true,
    );
  });
});

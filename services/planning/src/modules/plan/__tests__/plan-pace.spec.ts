import {
  elapsedShare,
  Exact,
  expectedByNow,
  isBehindPace,
  shortfallPercent,
  yearPeriod,
} from '@salesgraph/service-kit';

// An account plan's pace is service-kit's straight line over the plan year.
const elapsedShareOfYear = (year: number, now: Date) => elapsedShare(yearPeriod(year), now);

describe('pace of an account plan', () => {
  it('is the elapsed share of the plan year', () => {
    expect(elapsedShareOfYear(2026, new Date('2025-12-31T00:00:00Z')).toNumber()).toBe(0);
    expect(elapsedShareOfYear(2026, new Date('2027-01-02T00:00:00Z')).toNumber()).toBe(1);
    // 2026-07-02T12:00Z is exactly half of the 365-day year 2026.
    expect(elapsedShareOfYear(2026, new Date('2026-07-02T12:00:00Z')).toFixed()).toBe('0.5');
  });

  it('expects the target times that share, to the cent', () => {
    const half = elapsedShareOfYear(2026, new Date('2026-07-02T12:00:00Z'));
    expect(expectedByNow('12000.00', half).toFixed(2)).toBe('6000.00');
    expect(expectedByNow('1000', new Exact(1).dividedBy(3)).toFixed(2)).toBe('333.33');
  });

  it('is behind when actual is below pace by more than the threshold', () => {
    const pace = new Exact('6000');
    expect(isBehindPace('4799.99', pace, 20)).toBe(true);
    expect(isBehindPace('4800.00', pace, 20)).toBe(false);
    expect(isBehindPace('0', new Exact(0), 20)).toBe(false);
  });

  it('states the shortfall as a percentage of pace', () => {
    expect(shortfallPercent('4500', new Exact('6000'))).toBe('25.00');
    expect(shortfallPercent('7000', new Exact('6000'))).toBe('0.00');
  });
});

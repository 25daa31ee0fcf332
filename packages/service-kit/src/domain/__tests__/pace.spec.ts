import { yearPeriod } from '../period';
import {
  elapsedDays,
  elapsedShare,
  elapsedShareOfTerm,
  expectedByNow,
  isBehindPace,
  shortfallPercent,
  termDays,
} from '../pace';

describe('pace', () => {
  const year = yearPeriod(2026);

  it('measures the share of a span that has passed, 0 before and 1 after', () => {
    expect(elapsedShare(year, new Date('2025-12-31T00:00:00Z')).toNumber()).toBe(0);
    expect(elapsedShare(year, new Date('2027-01-02T00:00:00Z')).toNumber()).toBe(1);
    expect(elapsedShare(year, new Date('2026-07-02T12:00:00Z')).toFixed(4)).toBe('0.5000');
  });

  it('measures a term in whole calendar days, both ends included', () => {
    const term = { startDate: '2026-01-01', endDate: '2026-12-31' };
    expect(termDays(term)).toBe(365);
    expect(elapsedDays(term, '2025-06-01')).toBe(0);
    expect(elapsedDays(term, '2026-01-11')).toBe(10);
    expect(elapsedDays(term, '2027-03-01')).toBe(365);
    expect(elapsedShareOfTerm(term, '2026-01-11').times(365).toNumber()).toBe(10);
  });

  it('expects target x share, rounded half-up to the places asked', () => {
    expect(expectedByNow('1000', '0.5').toFixed(2)).toBe('500.00');
    expect(
      expectedByNow(
        '10',
        elapsedShareOfTerm({ startDate: '2026-01-01', endDate: '2026-01-03' }, '2026-01-02'),
        3,
      ).toFixed(),
    ).toBe('3.333');
  });

  it('is behind only by more than the tolerance, and never while nothing is due', () => {
    expect(isBehindPace('79.99', '100', 20)).toBe(true);
    expect(isBehindPace('80', '100', 20)).toBe(false);
    expect(isBehindPace('0', '0', 20)).toBe(false);
    expect(shortfallPercent('75', '100')).toBe('25.00');
    expect(shortfallPercent('120', '100')).toBe('0.00');
  });
});

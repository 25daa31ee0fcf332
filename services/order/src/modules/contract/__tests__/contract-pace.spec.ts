import { elapsedDays, isBehindPace, termDays } from '@salesgraph/service-kit';
import { commitmentExpectedByNow, daysLeft, warningWindow } from '../contract-pace';

const year2026 = { startDate: '2026-01-01', endDate: '2026-12-31' };

describe('contract pace', () => {
  it('measures the term and the days passed, both ends included', () => {
    expect(termDays(year2026)).toBe(365);
    expect(elapsedDays(year2026, '2025-12-01')).toBe(0);
    expect(elapsedDays(year2026, '2026-01-01')).toBe(0);
    expect(elapsedDays(year2026, '2026-07-02')).toBe(182);
    expect(elapsedDays(year2026, '2027-03-01')).toBe(365);
    expect(daysLeft(year2026, '2026-12-01')).toBe(30);
  });

  it('expects a straight-line share of the commitment, rounded to the measure', () => {
    // 1000 x 182 / 365 = 498.630136... units
    expect(commitmentExpectedByNow('1000', year2026, '2026-07-02', 'QUANTITY')).toBe('498.63');
    // 250000.00 x 100 / 365 = 68493.150684... -> 68493.15
    expect(commitmentExpectedByNow('250000.00', year2026, '2026-04-11', 'VALUE')).toBe('68493.15');
    expect(commitmentExpectedByNow('1000', year2026, '2027-01-05', 'QUANTITY')).toBe('1000');
  });

  it('is behind pace only beyond the tolerance', () => {
    expect(isBehindPace('450', '500', 10)).toBe(false);
    expect(isBehindPace('449.99', '500', 10)).toBe(true);
    expect(isBehindPace('0', '0', 10)).toBe(false);
  });

  it('numbers warning windows from the start, window 0 being the grace period', () => {
    expect(warningWindow(year2026, '2026-01-20', 30)).toBe(0);
    expect(warningWindow(year2026, '2026-01-31', 30)).toBe(1);
    expect(warningWindow(year2026, '2026-03-02', 30)).toBe(2);
  });
});

import { toCents } from '@salesgraph/service-kit';
import { changePercent, lastMonths, percentOf } from '../figures-math';

describe('figures math', () => {
  it('rounds money to cents exactly (no binary floats)', () => {
    expect(toCents('0.1')).toBe('0.10');
    expect(toCents('1234.565000')).toBe('1234.57');
    expect(toCents('999999999999999.994999')).toBe('999999999999999.99');
  });

  it('computes margin and change percentages, null without a base', () => {
    expect(percentOf('47.20', '100.00')).toBe('47.2');
    expect(percentOf('1', '0')).toBeNull();
    expect(changePercent('7000.00', '10000.00')).toBe('-30.0');
    expect(changePercent('0.30', '0.10')).toBe('200.0');
    expect(changePercent('5', '0')).toBeNull();
  });

  it('lists the months up to now across a year end', () => {
    expect(lastMonths(new Date('2026-02-15T00:00:00Z'), 4)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });
});

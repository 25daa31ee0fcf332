import { convertAt } from '../rate-lookup';

describe('convertAt', () => {
  it('multiplies by a direct rate and divides by an inverse one, without rounding', () => {
    expect(
      convertAt('60', { rate: '1.0412', effectiveFrom: '2026-04-01', inverse: false }).toFixed(),
    ).toBe('62.472');
    expect(
      convertAt('60', { rate: '0.93', effectiveFrom: '2026-04-01', inverse: true })
        .toDecimalPlaces(6)
        .toFixed(),
    ).toBe('64.516129');
  });

  it('keeps an amount between equal currencies (rate 1)', () => {
    expect(
      convertAt('12.34', { rate: '1', effectiveFrom: '2026-12-02', inverse: false }).toFixed(),
    ).toBe('12.34');
  });
});

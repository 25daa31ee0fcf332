import { percentile, round } from '../figures';

describe('percentile', () => {
  it('takes the nearest rank of a sorted list', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
  });

  it('is NaN for no values, so that an empty run cannot pass for a fast one', () => {
    expect(percentile([], 50)).toBeNaN();
  });

  it('rounds to the digits asked for', () => {
    expect(round(1.23456, 2)).toBe(1.23);
    expect(round(1.25)).toBe(1.3);
  });
});

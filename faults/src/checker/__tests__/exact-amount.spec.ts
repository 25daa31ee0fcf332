import { formatMicros, sumMicros, toMicros } from '../exact-amount';

describe('exact amounts', () => {
  it.each([
    ['0', 0n],
    ['12.5', 12_500_000n],
    ['-3.000001', -3_000_001n],
    ['1899.00', 1_899_000_000n],
    ['249.900000', 249_900_000n],
  ])('reads %s as %s millionths', (text, micros) => {
    expect(toMicros(text)).toBe(micros);
  });

  it('adds what floating point would not add exactly', () => {
    expect(formatMicros(sumMicros(['0.1', '0.2']))).toBe('0.30');
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(formatMicros(sumMicros(Array.from({ length: 1000 }, () => '79.99')))).toBe('79990.00');
  });

  it('keeps six decimals when they are there, and refuses more', () => {
    expect(formatMicros(toMicros('1.234567'))).toBe('1.234567');
    expect(formatMicros(toMicros('-0.5'))).toBe('-0.50');
    expect(() => toMicros('1.0000001')).toThrow('more than 6 decimals');
    expect(() => toMicros('12,50')).toThrow('not a decimal');
  });
});

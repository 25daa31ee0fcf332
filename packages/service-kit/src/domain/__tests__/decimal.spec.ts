import Decimal from 'decimal.js';
import { Exact, formatDecimal, formatMoney, percentage, sumOf, toCents } from '../decimal';

describe('decimal arithmetic', () => {
  it('keeps 40 significant digits: a large amount times a quantity stays exact', () => {
    expect(new Exact('123456789012345.678901').times('1000.5').toFixed()).toBe(
      '123518517406851851.7404505',
    );
  });

  it('where decimal.js by default would round to 20 digits', () => {
    expect(new Decimal('123456789012345.678901').times('1000.5').toFixed()).toBe(
      '123518517406851851.74',
    );
  });

  it('rounds half-up to cents only where asked', () => {
    expect(toCents('1.005')).toBe('1.01');
    expect(toCents('-1.005')).toBe('-1.01');
    expect(toCents('2')).toBe('2.00');
  });

  it('formats without insignificant zeros, money with 2 to 6 decimals', () => {
    expect(formatDecimal('19.9900', 2)).toBe('19.99');
    expect(formatDecimal('3.000', 0)).toBe('3');
    expect(formatMoney('60000.000000')).toBe('60000.00');
    expect(formatMoney('0.1234567')).toBe('0.123457');
  });

  it('formats money and decimals as the former copies did, for any value', () => {
    // The former composition, copies and all: rounded to 6 places, copied, at least 2 decimals.
    const slow = (value: Decimal.Value) => {
      const copied = new Exact(new Exact(value).toDecimalPlaces(6));
      return copied.decimalPlaces() < 2 ? copied.toFixed(2) : copied.toFixed();
    };
    const values: Decimal.Value[] = [
      0,
      -0,
      1,
      -1.5,
      0.1,
      1e21,
      '-0.0000005',
      '0.0000005',
      '-12.3456785',
    ];
    for (let i = 0; i < 2_000; i++) {
      const digits = String(Math.floor(Math.random() * 1e9)).padStart(10, '0');
      const point = Math.floor(Math.random() * 11);
      const text = `${i % 3 === 0 ? '-' : ''}${digits.slice(0, point) || '0'}.${digits.slice(point) || '0'}`;
      values.push(text, new Exact(text), new Decimal(text));
    }
    for (const value of values) {
      expect(formatMoney(value)).toBe(slow(value));
      const copied = new Exact(value);
      expect(formatDecimal(value, 3)).toBe(
        copied.decimalPlaces() < 3 ? copied.toFixed(3) : copied.toFixed(),
      );
    }
  });

  it('sums exactly and gives percentages, none of a zero whole', () => {
    expect(sumOf(['0.1', '0.2']).toFixed()).toBe('0.3');
    expect(percentage('1', '3')).toBe('33.33');
    expect(percentage('1', '0')).toBeNull();
  });
});

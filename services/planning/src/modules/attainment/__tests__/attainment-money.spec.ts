import { formatMoney, percentage, sumOf } from '@salesgraph/service-kit';

// Attainment sums and shows money with service-kit's decimals: these are the
// figures' guarantees as planning relies on them.
describe('money in attainment figures', () => {
  it('adds exactly, beyond the 20 digits decimal.js keeps by default', () => {
    const total = sumOf(['999999999999999.999999', '0.000001', '0.1', '0.2']);
    expect(formatMoney(total)).toBe('1000000000000000.30');
    expect(formatMoney(sumOf(['0.1', '0.2']))).toBe('0.30');
  });

  it('formats with at least 2 and at most 6 decimals', () => {
    expect(formatMoney('12')).toBe('12.00');
    expect(formatMoney('12.5')).toBe('12.50');
    expect(formatMoney('12.345678')).toBe('12.345678');
    expect(formatMoney('0.12345675')).toBe('0.123457');
  });

  it('gives a percentage to 2 decimals, or null of nothing', () => {
    expect(percentage('1', '3')).toBe('33.33');
    expect(percentage('250', '200')).toBe('125.00');
    expect(percentage('5', '0')).toBeNull();
  });
});

import { validateTarget } from '../target-splits';

const valves = { productLine: 'Valves', amount: '600.00' };
const pumps = { productLine: 'Pumps', amount: '400.00' };
const product = { productId: 'b0000000-0000-4000-8000-000000000001', amount: '10' };

describe('target rules', () => {
  it('accepts splits by product line that add up to the target or less', () => {
    expect(() => validateTarget('1000.00', [valves, pumps])).not.toThrow();
    expect(() => validateTarget('1000.00', [valves])).not.toThrow();
    expect(() => validateTarget('1000.00', [])).not.toThrow();
  });

  it('refuses a target that is not positive', () => {
    expect(() => validateTarget('0', [])).toThrow('amount must be greater than 0');
    expect(() => validateTarget('-5.00', [])).toThrow('greater than 0');
  });

  it('refuses splits that exceed the target, to the cent', () => {
    expect(() => validateTarget('999.99', [valves, pumps])).toThrow(
      'The splits add up to 1000, more than the target of 999.99.',
    );
  });

  it('refuses a split with both or neither of product line and product', () => {
    expect(() => validateTarget('100', [{ ...product, productLine: 'Valves' }])).toThrow(
      'splits[0]: give either productLine or productId',
    );
    expect(() => validateTarget('100', [{ amount: '1' }])).toThrow('splits[0]');
  });

  it('refuses mixing product lines and products, and duplicates', () => {
    expect(() => validateTarget('2000', [valves, product])).toThrow('not both');
    expect(() => validateTarget('2000', [valves, { productLine: 'valves', amount: '1' }])).toThrow(
      'splits[1]: valves appears twice.',
    );
  });

  it('refuses negative parts', () => {
    expect(() => validateTarget('100', [{ productLine: 'Valves', amount: '-1' }])).toThrow(
      'must not be negative',
    );
  });
});

import { validatePlanTargets } from '../plan-targets';

const valve = 'b0000000-0000-4000-8000-000000000001';
const pump = 'b0000000-0000-4000-8000-000000000003';

describe('account plan product targets', () => {
  it('accepts one target per product with a margin within the revenue', () => {
    expect(() =>
      validatePlanTargets([
        { productId: valve, revenue: '50000', margin: '22000' },
        { productId: pump, revenue: '0', margin: '0' },
      ]),
    ).not.toThrow();
  });

  it('refuses a product twice', () => {
    expect(() =>
      validatePlanTargets([
        { productId: valve, revenue: '1', margin: '0' },
        { productId: valve.toUpperCase(), revenue: '2', margin: '0' },
      ]),
    ).toThrow('targets[1]: product');
  });

  it('refuses negative revenue and a margin above revenue or below zero', () => {
    expect(() => validatePlanTargets([{ productId: valve, revenue: '-1', margin: '0' }])).toThrow(
      'revenue must not be negative',
    );
    expect(() =>
      validatePlanTargets([{ productId: valve, revenue: '100', margin: '100.01' }]),
    ).toThrow('margin must be between 0 and the revenue (100), not 100.01.');
    expect(() => validatePlanTargets([{ productId: valve, revenue: '100', margin: '-1' }])).toThrow(
      'margin',
    );
  });
});

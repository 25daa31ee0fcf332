import { planDrawdown, type CommitmentState } from '../drawdown-plan';

const valve = 'b0000000-0000-4000-8000-000000000001';
const pump = 'b0000000-0000-4000-8000-000000000003';

const commitments = (consumedValves: string, consumedPumpValue: string): CommitmentState[] => [
  {
    productId: valve,
    measure: 'QUANTITY',
    committed: '100',
    consumedQuantity: consumedValves,
    consumedValue: '0',
  },
  {
    productId: pump,
    measure: 'VALUE',
    committed: '10000.00',
    consumedQuantity: '0',
    consumedValue: consumedPumpValue,
  },
];

describe('drawdown plan', () => {
  it('draws quantities and values without overrun while within the commitments', () => {
    const plan = planDrawdown(commitments('90', '0'), [
      { lineNumber: 1, productId: valve, sku: 'VAL-100', quantity: '10', netAmount: '2000.00' },
      { lineNumber: 2, productId: pump, sku: 'PMP-300', quantity: '5', netAmount: '9500.00' },
    ]);
    expect(plan.overruns).toEqual([]);
    expect(plan.deltas).toEqual([
      { productId: valve, quantity: '10', value: '2000' },
      { productId: pump, quantity: '5', value: '9500' },
    ]);
  });

  it('attributes the excess to the line that crosses the commitment', () => {
    const plan = planDrawdown(commitments('95', '9000.00'), [
      { lineNumber: 1, productId: valve, sku: 'VAL-100', quantity: '3', netAmount: '600.00' },
      { lineNumber: 2, productId: valve, sku: 'VAL-100', quantity: '4', netAmount: '800.00' },
      { lineNumber: 3, productId: pump, sku: 'PMP-300', quantity: '1', netAmount: '1899.00' },
    ]);
    expect(plan.overruns).toEqual([
      expect.objectContaining({ lineNumber: 2, excess: '2', consumedBefore: '98', requested: '4' }),
      expect.objectContaining({
        lineNumber: 3,
        measure: 'VALUE',
        excess: '899',
        consumedBefore: '9000',
      }),
    ]);
  });

  it('counts every unit beyond a commitment that is already exhausted', () => {
    const plan = planDrawdown(commitments('120', '0'), [
      { lineNumber: 1, productId: valve, sku: 'VAL-100', quantity: '5.5', netAmount: '1100.00' },
    ]);
    expect(plan.overruns).toEqual([expect.objectContaining({ excess: '5.5' })]);
  });

  it('refuses to plan a product outside the contract', () => {
    expect(() =>
      planDrawdown(commitments('0', '0'), [
        { lineNumber: 1, productId: 'other', sku: 'X', quantity: '1', netAmount: '1.00' },
      ]),
    ).toThrow('not in the contract');
  });
});

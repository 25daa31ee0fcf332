import { priceBreaches, type GuardedPrice } from '../price-guard.rule';

const valve: GuardedPrice = {
  productId: '00000000-0000-4000-8000-000000000001',
  sku: 'VAL',
  unitPrice: '100',
  discountPercent: '0',
  unitCost: '60',
  listPrice: '100',
};

describe('price guard', () => {
  it('lets list prices and small discounts through', () => {
    expect(priceBreaches([valve], 20)).toEqual([]);
    expect(priceBreaches([{ ...valve, discountPercent: '20' }], 20)).toEqual([]);
    expect(priceBreaches([{ ...valve, unitPrice: '80.00' }], 20)).toEqual([]);
  });

  it('flags a discount over the threshold, whether by discount or by a lower unit price', () => {
    expect(priceBreaches([{ ...valve, discountPercent: '20.01' }], 20)).toEqual([
      expect.objectContaining({
        kind: 'DISCOUNT_OVER_THRESHOLD',
        discountPercent: '20.01',
        thresholdPercent: '20.00',
      }),
    ]);
    expect(priceBreaches([{ ...valve, unitPrice: '90', discountPercent: '15' }], 20)).toEqual([
      expect.objectContaining({ kind: 'DISCOUNT_OVER_THRESHOLD', netUnitPrice: '76.50' }),
    ]);
  });

  it('flags a net price below cost, and both reasons when both hold', () => {
    expect(priceBreaches([{ ...valve, unitCost: '90', discountPercent: '15' }], 20)).toEqual([
      expect.objectContaining({ kind: 'BELOW_COST', netUnitPrice: '85.00', unitCost: '90.00' }),
    ]);
    expect(priceBreaches([{ ...valve, unitPrice: '0' }], 20).map((b) => b.kind)).toEqual([
      'BELOW_COST',
      'DISCOUNT_OVER_THRESHOLD',
    ]);
    expect(priceBreaches([{ ...valve, unitPrice: '59.9999' }], 50).map((b) => b.kind)).toEqual([
      'BELOW_COST',
    ]);
  });

  it('does not divide by a zero list price', () => {
    expect(
      priceBreaches([{ ...valve, listPrice: '0', unitCost: '0', unitPrice: '0' }], 20),
    ).toEqual([]);
  });

  it('asks a manager when the cost could not be converted into the price’s currency, never passing silently', () => {
    const chf = {
      ...valve,
      unitPrice: '500',
      listPrice: '500',
      costNotConverted: 'no EUR/CHF exchange rate',
    };
    expect(priceBreaches([chf], 20)).toEqual([
      expect.objectContaining({ kind: 'NO_EXCHANGE_RATE', reason: 'no EUR/CHF exchange rate' }),
    ]);
    // The discount check does not depend on the cost and still applies.
    expect(priceBreaches([{ ...chf, discountPercent: '30' }], 20).map((b) => b.kind)).toEqual([
      'NO_EXCHANGE_RATE',
      'DISCOUNT_OVER_THRESHOLD',
    ]);
  });

  it('compares a converted cost with its many decimals, and reports it to 4 places', () => {
    // 60 EUR at 1 CHF = 0.93 EUR is 64.516129... CHF: 64.51 CHF is below it, 64.52 is not.
    const converted = { ...valve, unitCost: '64.51612903225806451612903225806451612903' };
    expect(priceBreaches([{ ...converted, unitPrice: '64.51', listPrice: '64.51' }], 20)).toEqual([
      expect.objectContaining({ kind: 'BELOW_COST', unitCost: '64.5161' }),
    ]);
    expect(priceBreaches([{ ...converted, unitPrice: '64.52', listPrice: '64.52' }], 20)).toEqual(
      [],
    );
  });
});

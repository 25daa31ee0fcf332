import { marginPercentOf, orderTotalsOf, priceLine, totalsOf } from '../order-pricing';

describe('order pricing', () => {
  it('rounds each line half-up to cents from the exact product', () => {
    // 3 x 19.99 x 0.875 = 52.47375 -> 52.47
    expect(
      priceLine({ quantity: '3', unitPrice: '19.99', discountPercent: '12.5', unitCost: '7.333' }),
    ).toEqual({ netAmount: '52.47', costAmount: '22.00' });
    // 1 x 0.125 = 0.125 -> 0.13 (half-up, not banker's rounding to 0.12)
    expect(
      priceLine({ quantity: '1', unitPrice: '0.125', discountPercent: '0', unitCost: '0.0049' }),
    ).toEqual({ netAmount: '0.13', costAmount: '0.00' });
    // 7 x 249.90 x (1 - 0.3333) = 1749.30 x 0.6667 = 1166.25831 -> 1166.26
    expect(
      priceLine({
        quantity: '7',
        unitPrice: '249.90',
        discountPercent: '33.33',
        unitCost: '131.45',
      }).netAmount,
    ).toBe('1166.26');
  });

  it('is exact where binary floats are not', () => {
    // 0.1 + 0.2 in floats is 0.30000000000000004; 1.005 * 100 is 100.49999999999999
    const lines = [
      priceLine({ quantity: '1', unitPrice: '0.10', discountPercent: '0', unitCost: '0' }),
      priceLine({ quantity: '1', unitPrice: '0.20', discountPercent: '0', unitCost: '0' }),
      priceLine({ quantity: '1', unitPrice: '1.005', discountPercent: '0', unitCost: '0' }),
    ];
    expect(lines.map((l) => l.netAmount)).toEqual(['0.10', '0.20', '1.01']);
    expect(totalsOf(lines).totalNet).toBe('1.31');
  });

  it('sums the rounded lines, so totals match what an invoice shows', () => {
    // Each line is 1 x 0.333 = 0.333 -> 0.33; three lines give 0.99, not round(0.999) = 1.00
    const line = priceLine({
      quantity: '1',
      unitPrice: '0.333',
      discountPercent: '0',
      unitCost: '0.1',
    });
    const totals = totalsOf([line, line, line]);
    expect(totals).toEqual({ totalNet: '0.99', totalCost: '0.30', margin: '0.69' });
  });

  it('computes margin and margin percent, negative margins included', () => {
    const totals = totalsOf([
      priceLine({ quantity: '2', unitPrice: '100', discountPercent: '60', unitCost: '45.5' }),
    ]);
    expect(totals).toEqual({ totalNet: '80.00', totalCost: '91.00', margin: '-11.00' });
    expect(marginPercentOf(totals)).toBe('-13.75');
    expect(marginPercentOf({ totalNet: '0.00', totalCost: '0.00', margin: '0.00' })).toBeNull();
  });

  it('handles fractional quantities and a full discount', () => {
    expect(
      priceLine({ quantity: '2.5', unitPrice: '1200', discountPercent: '100', unitCost: '640' }),
    ).toEqual({ netAmount: '0.00', costAmount: '1600.00' });
    expect(
      priceLine({ quantity: '0.333', unitPrice: '79.99', discountPercent: '5', unitCost: '31.17' }),
    ).toEqual({ netAmount: '25.30', costAmount: '10.38' });
  });
});

describe('order totals and the currency of costs', () => {
  const line = (costCurrency: string) => ({
    netAmount: '100.00',
    costAmount: '60.00',
    costCurrency,
  });

  it('keeps the margin when the costs are in the order currency', () => {
    expect(orderTotalsOf([line('CHF'), line('CHF')], 'CHF')).toEqual({
      totalNet: '200.00',
      totalCost: '120.00',
      margin: '80.00',
      costCurrency: 'CHF',
    });
  });

  it('never subtracts costs in another currency: margin 0.00, cost currency stated', () => {
    expect(orderTotalsOf([line('EUR')], 'CHF')).toEqual({
      totalNet: '100.00',
      totalCost: '60.00',
      margin: '0.00',
      costCurrency: 'EUR',
    });
  });

  it('costs an order without lines in its own currency', () => {
    expect(orderTotalsOf([], 'GBP')).toMatchObject({ costCurrency: 'GBP', margin: '0.00' });
  });
});

import type { OrderLine } from '../../order/order-line.entity';
import { quoteVersionContent } from '../quote-version-content';

const priced = (over: Partial<OrderLine>): OrderLine =>
  ({
    lineNumber: 1,
    productId: '00000000-0000-4000-8000-000000000001',
    sku: 'SKU-1',
    productName: 'Widget',
    productLine: 'TOOLS',
    quantity: '2',
    unitPrice: '58.00',
    discountPercent: '0',
    priceSource: 'NEGOTIATED',
    priceListId: null,
    netAmount: '116.00',
    ...over,
  }) as OrderLine;

describe('a quote version’s lines and totals', () => {
  it('takes costs converted into the quote’s currency and computes the margin', () => {
    // 60 EUR / 1.05 = 57.1429 CHF; 2 x 57.1429 = 114.29; 116.00 - 114.29 = 1.71.
    const content = quoteVersionContent(
      [priced({ unitCost: '57.1429', costAmount: '114.29', costCurrency: 'CHF' })],
      [{ productId: 'p', quantity: '2', unitPrice: '58' }],
      'CHF',
    );
    expect(content).toMatchObject({
      totalNet: '116.00',
      totalCost: '114.29',
      margin: '1.71',
      costCurrency: 'CHF',
    });
    expect(content.lines[0]).toMatchObject({
      unitCost: '57.1429',
      costAmount: '114.29',
      costCurrency: 'CHF',
    });
  });

  it('never subtracts catalogue costs no rate converted: margin 0.00, their currency stated', () => {
    const content = quoteVersionContent(
      [priced({ unitCost: '60.00', costAmount: '120.00', costCurrency: 'EUR' })],
      [{ productId: 'p', quantity: '2', unitPrice: '58' }],
      'USD',
    );
    expect(content).toMatchObject({
      totalNet: '116.00',
      totalCost: '120.00',
      margin: '0.00',
      costCurrency: 'EUR',
    });
    expect(content.lines[0].costCurrency).toBe('EUR');
  });

  it('keeps a revised line’s price source and price list', () => {
    const listId = '00000000-0000-4000-8000-0000000000aa';
    const content = quoteVersionContent(
      [priced({ unitCost: '30.00', costAmount: '60.00', costCurrency: 'EUR' })],
      [
        {
          productId: 'p',
          quantity: '2',
          unitPrice: '58',
          priceSource: 'ACCOUNT_PRICE_LIST',
          priceListId: listId,
        } as never,
      ],
      'EUR',
    );
    expect(content.lines[0]).toMatchObject({
      priceSource: 'ACCOUNT_PRICE_LIST',
      priceListId: listId,
    });
    expect(content).toMatchObject({ margin: '56.00', costCurrency: 'EUR' });
  });
});

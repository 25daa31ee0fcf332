import type { EntityManager } from 'typeorm';
import type { RateLookup, RateUsed } from '../../currency/rate-lookup';
import type { PriceListService } from '../../price-list/price-list.service';
import type { ProductService } from '../../product/product.service';
import { OrderLineBuilder } from '../order-line-builder';

const product = {
  id: '00000000-0000-4000-8000-000000000001',
  sku: 'SKU-1',
  name: 'Widget',
  productLine: 'TOOLS',
  active: true,
  listPrice: '20.00',
  unitCost: '7.3333',
};
const products = { findByIds: async () => [product] } as unknown as ProductService;
const priceLists = { pricesFor: async () => new Map() } as unknown as PriceListService;
const manager = {} as EntityManager;
const ratesOf = (used: RateUsed | null) =>
  ({ rateOn: jest.fn(async () => used) }) as unknown as RateLookup;
const request = [{ productId: product.id, quantity: '3', unitPrice: '15' }];
const pricing = { accountId: 'a', currency: 'CHF', on: '2026-03-02' };

describe('OrderLineBuilder costs', () => {
  it('converts the catalogue unit cost into the order currency at the day rate, 4 places half-up', async () => {
    const rates = ratesOf({ rate: '0.9412', effectiveFrom: '2026-03-01', inverse: false });
    const builder = new OrderLineBuilder(products, priceLists, 'EUR', rates);
    const [line] = await builder.adHoc(manager, 'o', request, pricing, {
      currency: 'CHF',
      on: '2026-03-02',
    });
    // 7.3333 x 0.9412 = 6.90210196 -> 6.9021; 3 x 6.9021 = 20.7063 -> 20.71
    expect(line).toMatchObject({ unitCost: '6.9021', costAmount: '20.71', costCurrency: 'CHF' });
    expect(rates.rateOn).toHaveBeenCalledWith(manager, 'EUR', 'CHF', '2026-03-02');
  });

  it('divides by an inverse rate', async () => {
    const rates = ratesOf({ rate: '1.25', effectiveFrom: '2026-03-01', inverse: true });
    const builder = new OrderLineBuilder(products, priceLists, 'EUR', rates);
    const [line] = await builder.adHoc(manager, 'o', request, pricing, {
      currency: 'CHF',
      on: '2026-03-02',
    });
    // 7.3333 / 1.25 = 5.86664 -> 5.8666; 3 x 5.8666 = 17.5998 -> 17.60
    expect(line).toMatchObject({ unitCost: '5.8666', costAmount: '17.60', costCurrency: 'CHF' });
  });

  it('without a rate keeps the catalogue cost and says its currency', async () => {
    const builder = new OrderLineBuilder(products, priceLists, 'EUR', ratesOf(null));
    const [line] = await builder.adHoc(manager, 'o', request, pricing, {
      currency: 'CHF',
      on: '2026-03-02',
    });
    expect(line).toMatchObject({ unitCost: '7.3333', costAmount: '22.00', costCurrency: 'EUR' });
  });
});

import { DemoProducts } from '@salesgraph/demo-data';
import { ProductChanged } from '@salesgraph/events';
import { UpdateProductInput } from '../dto/update-product.input';
import { productChangedData, productChanges } from '../product-changes';
import { Product } from '../product.entity';

/** The demo catalogue's valve, as stored. */
const stored = (): Product => Object.assign(new Product(), { ...DemoProducts.valve, active: true });
const input = (fields: Partial<UpdateProductInput>): UpdateProductInput =>
  Object.assign(new UpdateProductInput(), { id: stored().id, ...fields });

describe('product changes', () => {
  it('keeps only the fields that differ, money by value and in cents', () => {
    expect(
      productChanges(
        stored(),
        input({ name: 'Industrial valve DN50', listPrice: '259.9', unitCost: '131.450' }),
      ),
    ).toEqual({ listPrice: '259.90' });
    expect(productChanges(stored(), input({ productLine: 'Fittings', active: false }))).toEqual({
      productLine: 'Fittings',
      active: false,
    });
  });

  it('finds no change when everything given equals what is stored, or nothing is given', () => {
    expect(
      productChanges(stored(), input({ listPrice: '249.9', unitCost: '131.45', active: true })),
    ).toEqual({});
    expect(productChanges(stored(), input({}))).toEqual({});
  });

  it('describes the whole product in ProductChanged, valid against the contract', () => {
    const product = Object.assign(stored(), { listPrice: '259.9' });
    const data = productChangedData(
      product,
      'UPDATED',
      ['listPrice'],
      new Date('2026-11-27T10:00:00Z'),
    );
    expect(ProductChanged.schema.parse(data)).toEqual({
      productId: product.id,
      sku: 'VAL-100',
      name: 'Industrial valve DN50',
      productLine: 'Valves',
      listPrice: '259.90',
      unitCost: '131.45',
      active: true,
      change: 'UPDATED',
      changedFields: ['listPrice'],
      changedAt: '2026-11-27T10:00:00.000Z',
    });
  });
});

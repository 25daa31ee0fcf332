import type { ProductChangedData } from '@salesgraph/events';
import { Exact, toCents } from '@salesgraph/service-kit';
import type { UpdateProductInput } from './dto/update-product.input';
import type { Product } from './product.entity';

export type ProductField = 'name' | 'productLine' | 'listPrice' | 'unitCost' | 'active';

/** Every field of a new product, in the order ProductChanged lists them for CREATED. */
export const productFields = ['sku', 'name', 'productLine', 'listPrice', 'unitCost', 'active'];

/**
 * What an update really changes: the fields given that differ from the
 * product. Money compares by value ("249.9" is the stored "249.90") and is
 * kept in cents, as the numeric(14,2) columns store it.
 */
export function productChanges(
  product: Product,
  input: UpdateProductInput,
): Partial<Pick<Product, ProductField>> {
  const changes: Partial<Pick<Product, ProductField>> = {};
  if (input.name != null && input.name !== product.name) changes.name = input.name;
  if (input.productLine != null && input.productLine !== product.productLine)
    changes.productLine = input.productLine;
  if (input.listPrice != null && !new Exact(input.listPrice).equals(product.listPrice))
    changes.listPrice = toCents(input.listPrice);
  if (input.unitCost != null && !new Exact(input.unitCost).equals(product.unitCost))
    changes.unitCost = toCents(input.unitCost);
  if (input.active != null && input.active !== product.active) changes.active = input.active;
  return changes;
}

/** The product as ProductChanged carries it: the whole item after the change, and which fields changed. */
export function productChangedData(
  product: Product,
  change: ProductChangedData['change'],
  changedFields: string[],
  changedAt: Date,
): ProductChangedData {
  return {
    productId: product.id,
    sku: product.sku,
    name: product.name,
    productLine: product.productLine,
    listPrice: toCents(product.listPrice),
    unitCost: toCents(product.unitCost),
    active: product.active,
    change,
    changedFields,
    changedAt: changedAt.toISOString(),
  };
}

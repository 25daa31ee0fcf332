import { batchedReference } from '@salesgraph/service-kit';
import type { ProductService } from './product.service';

/** `_entities` for Product (planning's per-product targets refer to it); the catalogue is public. */
export const productReference = (products: ProductService) =>
  batchedReference('Product', (ids) => products.readByIds(ids));

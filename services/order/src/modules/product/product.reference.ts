import { batchedReference } from '@salesgraph/service-kit';
import type { ProductService } from './product.service';

export const productReference = (products: ProductService) =>
  batchedReference('Product', (ids) => products.findByIds(ids));

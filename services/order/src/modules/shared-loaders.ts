import type { GraphQLContext } from '@salesgraph/service-kit';
import type { SupplyContract } from './contract/supply-contract.entity';
import type { ContractService } from './contract/contract.service';
import type { Product } from './product/product.entity';
import type { ProductService } from './product/product.service';

/**
 * Per-request loaders for what many rows of one answer point to: one query
 * for all the products of a page of orders, one for all their contracts.
 */
export class SharedLoaders {
  constructor(
    private readonly products: ProductService,
    private readonly contracts: ContractService,
  ) {}

  product(context: GraphQLContext, id: string): Promise<Product | null> {
    return context.loaders
      .get<string, Product | null>('product', async (ids) => {
        const found = new Map((await this.products.findByIds(ids)).map((p) => [p.id, p]));
        return ids.map((key) => found.get(key) ?? null);
      })
      .load(id);
  }

  /** A contract the caller may see, or null. */
  contract(context: GraphQLContext, id: string): Promise<SupplyContract | null> {
    return context.loaders
      .get<string, SupplyContract | null>('contract', async (ids) => {
        const visible = await this.contracts.findVisible(context.user, ids);
        const found = new Map(visible.map((c) => [c.id, c]));
        return ids.map((key) => found.get(key) ?? null);
      })
      .load(id);
  }
}

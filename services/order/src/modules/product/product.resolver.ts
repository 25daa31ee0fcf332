import { PageArgs } from '@salesgraph/service-kit';
import { Arg, Args, ID, Query, Resolver } from 'type-graphql';
import { Product } from './product.entity';
import type { ProductService } from './product.service';

@Resolver(() => Product)
export class ProductResolver {
  constructor(private readonly productService: ProductService) {}

  @Query(() => [Product], { description: 'The active catalogue.' })
  products(@Args() page: PageArgs): Promise<Product[]> {
    return this.productService.list(page);
  }

  @Query(() => Product)
  product(@Arg('id', () => ID) id: string): Promise<Product> {
    return this.productService.get(id);
  }
}

import type { GraphQLContext } from '@salesgraph/service-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Product } from '../product/product.entity';
import type { ProductService } from '../product/product.service';
import { OrderLine } from './order-line.entity';

@Resolver(() => OrderLine)
export class OrderLineResolver {
  constructor(private readonly products: ProductService) {}

  @FieldResolver(() => Product, {
    nullable: true,
    description: 'The catalogue item as it is now (the line keeps what it was ordered at).',
  })
  product(@Root() line: OrderLine, @Ctx() { command }: GraphQLContext): Promise<Product | null> {
    return this.products.load(command, line.productId);
  }
}

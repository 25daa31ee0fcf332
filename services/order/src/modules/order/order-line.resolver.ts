import type { GraphQLContext } from '@salesgraph/service-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Product } from '../product/product.entity';
import type { SharedLoaders } from '../shared-loaders';
import { OrderLine } from './order-line.entity';

@Resolver(() => OrderLine)
export class OrderLineResolver {
  constructor(private readonly loaders: SharedLoaders) {}

  @FieldResolver(() => Product, {
    nullable: true,
    description: 'The catalogue item as it is now (the line keeps what it was ordered at).',
  })
  product(@Root() line: OrderLine, @Ctx() context: GraphQLContext): Promise<Product | null> {
    return this.loaders.product(context, line.productId);
  }
}

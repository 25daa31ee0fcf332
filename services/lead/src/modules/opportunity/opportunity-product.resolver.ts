import { FieldResolver, Resolver, Root } from 'type-graphql';
import { ProductRef } from '../product/product-ref.type';
import { OpportunityProduct } from './opportunity-product.type';

@Resolver(() => OpportunityProduct)
export class OpportunityProductResolver {
  @FieldResolver(() => ProductRef, {
    description: 'The product, from the order service’s catalogue.',
  })
  product(@Root() item: OpportunityProduct): ProductRef {
    return { id: item.productId };
  }
}

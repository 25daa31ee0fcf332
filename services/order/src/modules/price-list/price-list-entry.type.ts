import { DecimalScalar } from '@salesgraph/service-kit';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A product’s price (and discount off it) in a price list.' })
export class PriceListEntry {
  @Field(() => ID)
  productId: string;

  @Field(() => DecimalScalar)
  unitPrice: string;

  @Field(() => DecimalScalar)
  discountPercent: string;
}

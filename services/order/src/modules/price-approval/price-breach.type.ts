import { DecimalScalar } from '@salesgraph/service-kit';
import { Field, ID, ObjectType } from 'type-graphql';

/** One price that needs the seller's manager (price-guard rule). */
@ObjectType({ description: 'A price below cost, or a discount over the threshold.' })
export class PriceBreach {
  @Field(() => ID)
  productId: string;

  @Field()
  sku: string;

  @Field({ description: 'BELOW_COST or DISCOUNT_OVER_THRESHOLD.' })
  kind: string;

  @Field(() => DecimalScalar, { description: 'After the discount; a contract’s price.' })
  netUnitPrice: string;

  @Field(() => DecimalScalar)
  unitCost: string;

  @Field(() => DecimalScalar, { description: 'Percent below the list price.' })
  discountPercent: string;

  @Field(() => DecimalScalar, { description: 'The approval threshold, in percent.' })
  thresholdPercent: string;
}

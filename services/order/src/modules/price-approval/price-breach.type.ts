import { DecimalScalar, Sensitive } from '@salesgraph/service-kit';
import { Field, ID, ObjectType } from 'type-graphql';

/** One price that needs the seller's manager (price-guard rule). */
@ObjectType({ description: 'A price below cost, or a discount over the threshold.' })
export class PriceBreach {
  @Field(() => ID)
  productId: string;

  @Field()
  sku: string;

  @Field({
    description:
      'BELOW_COST, DISCOUNT_OVER_THRESHOLD, or NO_EXCHANGE_RATE (the cost could not be converted into the price’s currency).',
  })
  kind: string;

  @Field(() => DecimalScalar, { description: 'After the discount; a contract’s price.' })
  netUnitPrice: string;

  // Nullable: a seller without cost access still reads the rest of the breach.
  @Sensitive('COST_AND_MARGIN')
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'The unit cost; for readers of costs and margins only (FORBIDDEN for others).',
  })
  unitCost: string;

  @Field(() => DecimalScalar, { description: 'Percent below the list price.' })
  discountPercent: string;

  @Field(() => DecimalScalar, { description: 'The approval threshold, in percent.' })
  thresholdPercent: string;

  @Field(() => String, {
    nullable: true,
    description: 'For NO_EXCHANGE_RATE: which rate is missing.',
  })
  reason?: string;
}

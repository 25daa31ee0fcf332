import { DecimalScalar, Sensitive } from '@salesgraph/service-kit';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * A line of a quote version, priced by the order pricing rules (so the
 * order it becomes has the same amounts). Stored in the version's `lines`
 * (a version never changes once written).
 */
@ObjectType({ description: 'A line of a quote version: product, quantity, price and discount.' })
export class QuoteLine {
  @Field()
  lineNumber: number;

  @Field(() => ID)
  productId: string;

  @Field()
  sku: string;

  @Field()
  productName: string;

  @Field()
  productLine: string;

  @Field(() => DecimalScalar)
  quantity: string;

  @Field(() => DecimalScalar)
  unitPrice: string;

  @Field(() => DecimalScalar, { description: 'Percent off the unit price.' })
  discountPercent: string;

  @Field({
    description:
      'Where the unit price came from: LIST_PRICE (the catalogue), ACCOUNT_PRICE_LIST or SEGMENT_PRICE_LIST (priceListId), NEGOTIATED (the seller’s).',
  })
  priceSource: string;

  @Field(() => ID, { nullable: true, description: 'The price list the price came from.' })
  priceListId?: string | null;

  @Sensitive('COST_AND_MARGIN')
  @Field(() => DecimalScalar, {
    description:
      'Unit cost in costCurrency, 4 places: the catalogue’s converted at the rate of the day the version was written.',
  })
  unitCost: string;

  @Field({
    description:
      'The currency of unitCost and costAmount: the quote’s, or the catalogue’s where no rate converted the cost.',
  })
  costCurrency: string;

  @Field(() => DecimalScalar, {
    description: 'quantity x unitPrice x (1 - discountPercent/100), rounded half-up to cents.',
  })
  netAmount: string;

  @Sensitive('COST_AND_MARGIN')
  @Field(() => DecimalScalar)
  costAmount: string;
}

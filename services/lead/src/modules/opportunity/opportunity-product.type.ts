import { DecimalScalar } from '@salesgraph/service-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** A product the customer is interested in, with quantity and price once they are known. */
@ObjectType('OpportunityProduct')
export class OpportunityProduct {
  @Field(() => ID)
  productId: string;

  @Field(() => Int, { nullable: true })
  quantity?: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Agreed unit price, if any.' })
  unitPrice?: string | null;

  /** What is stored (jsonb) from what a mutation gave. */
  static of(item: { productId: string; quantity?: number | null; unitPrice?: string | null }) {
    return {
      productId: item.productId,
      quantity: item.quantity ?? null,
      unitPrice: item.unitPrice ?? null,
    };
  }
}

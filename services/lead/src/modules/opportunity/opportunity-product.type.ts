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
}

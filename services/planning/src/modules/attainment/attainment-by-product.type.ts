import { DecimalScalar } from '@salesgraph/service-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { ProductRef } from '../product/product-ref.type';
import { AttainmentAmounts } from './attainment-amounts.type';

@ObjectType({ description: 'Attainment for one product, against its split of the target if any.' })
export class AttainmentByProduct extends AttainmentAmounts {
  @Field(() => ID)
  productId: string;

  @Field(() => ProductRef)
  product: ProductRef;

  @Field(() => DecimalScalar, { nullable: true })
  target: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Target minus booked.' })
  gap: string | null;
}

import { DecimalScalar } from '@salesgraph/service-kit';
import { Field, ObjectType } from 'type-graphql';
import { AttainmentAmounts } from './attainment-amounts.type';

@ObjectType({
  description: 'Attainment for one product line, against its split of the target if any.',
})
export class AttainmentByProductLine extends AttainmentAmounts {
  @Field()
  productLine: string;

  @Field(() => DecimalScalar, { nullable: true })
  target: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Target minus booked.' })
  gap: string | null;
}

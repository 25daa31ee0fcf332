import { DecimalScalar, Sensitive } from '@salesgraph/service-kit';
import { Field, ObjectType } from 'type-graphql';

/** The figures every attainment row has; see the service README for what counts as booked and invoiced. */
// Never returned itself, so type-graphql leaves it out of the schema; the row types extend it.
@ObjectType()
export abstract class AttainmentAmounts {
  @Field(() => DecimalScalar, {
    description: 'Orders confirmed in the period (and not cancelled since).',
  })
  booked: string;

  @Sensitive('COST_AND_MARGIN')
  @Field(() => DecimalScalar, { description: 'Net amount minus cost of the booked orders.' })
  bookedMargin: string;

  @Field(() => DecimalScalar, { description: 'Orders invoiced in the period.' })
  invoiced: string;
}

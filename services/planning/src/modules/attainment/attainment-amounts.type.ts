import { costAndMarginReaders } from '@salesgraph/access';
import { DecimalScalar } from '@salesgraph/service-kit';
import { Authorized, Field, ObjectType } from 'type-graphql';

/** The figures every attainment row has; see the service README for what counts as booked and invoiced. */
// Never returned itself, so type-graphql leaves it out of the schema; the row types extend it.
@ObjectType()
export abstract class AttainmentAmounts {
  @Field(() => DecimalScalar, {
    description: 'Orders confirmed in the period (and not cancelled since).',
  })
  booked: string;

  @Authorized(...costAndMarginReaders)
  @Field(() => DecimalScalar, { description: 'Net amount minus cost of the booked orders.' })
  bookedMargin: string;

  @Field(() => DecimalScalar, { description: 'Orders invoiced in the period.' })
  invoiced: string;
}

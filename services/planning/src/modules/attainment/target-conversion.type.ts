import { DecimalScalar } from '@salesgraph/service-kit';
import { Field, ObjectType } from 'type-graphql';

/** A target in another currency than the figures, and the rate that converted it. */
@ObjectType({
  description:
    'A target in another currency than the figures it is read beside, converted at the rate in force on the period’s last day (today while the period runs).',
})
export class TargetConversion {
  @Field({ description: 'The target’s own currency.' })
  currency: string;

  @Field(() => DecimalScalar, { description: 'The target in its own currency.' })
  amount: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Converted; null without a rate.' })
  converted: string | null;

  @Field({ description: 'The day whose rate was used.' })
  rateDate: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The rate used: 1 target currency = rate (figure currency), or the other way round when inverse. Null: no rate on that day (an admin must set one).',
  })
  rate: string | null;

  @Field(() => String, { nullable: true, description: 'The day the rate took effect.' })
  rateEffectiveFrom: string | null;

  @Field()
  inverse: boolean;
}

import { DecimalScalar } from '@salesgraph/service-kit';
import { Field, Int, ObjectType } from 'type-graphql';

/** What a forecast's pipeline is made of: opportunities of one currency at one rate. */
@ObjectType({
  description:
    'Open opportunities in another currency, converted at the rate of their close date (today’s when it is in the future or unknown); without a rate they are listed here and not counted.',
})
export class PipelineConversion {
  @Field({ description: 'The opportunities’ currency.' })
  currency: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The rate used: 1 currency = rate (forecast currency), or the other way round when inverse. Null: no rate, so these opportunities are not in the pipeline figures.',
  })
  rate: string | null;

  @Field(() => String, { nullable: true })
  rateEffectiveFrom: string | null;

  @Field()
  inverse: boolean;

  @Field(() => Int)
  opportunities: number;

  @Field(() => DecimalScalar, { description: 'Unweighted, in the opportunities’ currency.' })
  amount: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Unweighted, converted.' })
  converted: string | null;
}

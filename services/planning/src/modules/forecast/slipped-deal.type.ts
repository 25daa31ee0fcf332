import { DecimalScalar } from '@salesgraph/service-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SlipReason } from './slip-reason';

/** An open opportunity that will not close when it said (or never said when). */
@ObjectType({ description: 'An open opportunity whose close date has passed, or that has none.' })
export class SlippedDeal {
  @Field(() => ID)
  opportunityId: string;

  @Field(() => String, { nullable: true })
  expectedCloseDate: string | null;

  @Field(() => SlipReason)
  reason: SlipReason;

  @Field(() => Int, { nullable: true, description: 'Days since the close date; null without one.' })
  daysOverdue: number | null;

  @Field()
  stage: string;

  @Field(() => DecimalScalar, { description: 'In the opportunity’s currency.' })
  amount: string;

  @Field({ description: 'The opportunity’s currency.' })
  currency: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'In the forecast’s currency, at the rate of its close date (today’s if none); null without a rate.',
  })
  convertedAmount: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The rate used (null: same currency, or no rate).',
  })
  rate: string | null;

  @Field(() => String, { nullable: true })
  rateEffectiveFrom: string | null;

  @Field()
  inverse: boolean;

  @Field(() => Int, { description: 'Percent, 0 to 100.' })
  probability: number;
}

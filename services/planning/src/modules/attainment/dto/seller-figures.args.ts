import { ArgsType, Field, ID } from 'type-graphql';
import { PeriodKind, periodStartDoc } from '../../target/period-kind';

/** The arguments of salesAttainment and salesForecast: one seller, one period. */
@ArgsType()
export class SellerFiguresArgs {
  @Field(() => PeriodKind)
  periodKind: PeriodKind;

  @Field(() => String, { nullable: true, description: periodStartDoc })
  periodStart?: string | null;

  @Field(() => ID, { nullable: true, description: 'You when left out.' })
  userId?: string | null;
}

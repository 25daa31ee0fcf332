import { ArgsType, Field, ID } from 'type-graphql';
import { PeriodKind, periodStartDoc } from '../../target/period-kind';

/** The arguments of teamAttainment and teamForecast: a team you lead, one period. */
@ArgsType()
export class TeamFiguresArgs {
  @Field(() => ID)
  teamId: string;

  @Field(() => PeriodKind)
  periodKind: PeriodKind;

  @Field(() => String, { nullable: true, description: periodStartDoc })
  periodStart?: string | null;
}

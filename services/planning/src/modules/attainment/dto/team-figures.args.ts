import { IsOptional, Matches } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { PeriodKind, periodStartDoc } from '../../target/period-kind';
import { currencyCode, viewerCurrencyDoc } from './viewer-currency';

/** The arguments of teamAttainment and teamForecast: a team you lead, one period. */
@ArgsType()
export class TeamFiguresArgs {
  @Field(() => ID)
  teamId: string;

  @Field(() => PeriodKind)
  periodKind: PeriodKind;

  @Field(() => String, { nullable: true, description: periodStartDoc })
  periodStart?: string | null;

  @Field(() => String, { nullable: true, description: viewerCurrencyDoc })
  @IsOptional()
  @Matches(currencyCode.pattern, { message: currencyCode.message })
  currency?: string | null;
}

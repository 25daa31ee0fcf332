import { IsOptional, Matches } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { PeriodKind, periodStartDoc } from '../../target/period-kind';
import { currencyCode, viewerCurrencyDoc } from './viewer-currency';

/** The arguments of salesAttainment and salesForecast: one seller, one period. */
@ArgsType()
export class SellerFiguresArgs {
  @Field(() => PeriodKind)
  periodKind: PeriodKind;

  @Field(() => String, { nullable: true, description: periodStartDoc })
  periodStart?: string | null;

  @Field(() => ID, { nullable: true, description: 'You when left out.' })
  userId?: string | null;

  @Field(() => String, { nullable: true, description: viewerCurrencyDoc })
  @IsOptional()
  @Matches(currencyCode.pattern, { message: currencyCode.message })
  currency?: string | null;
}

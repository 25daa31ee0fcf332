import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ForecastService } from './forecast.service';
import { SalesForecast } from './sales-forecast.type';
import { PeriodKind, periodStartDoc } from '../target/period-kind';

/** Thin: authorize, map arguments, call the service. */
@Resolver(() => SalesForecast)
export class ForecastResolver {
  constructor(private readonly forecasts: ForecastService) {}

  @Authorized()
  @Query(() => SalesForecast, {
    description: 'A seller’s forecast: yours, or a member of a team you lead.',
  })
  salesForecast(
    @Arg('periodKind', () => PeriodKind) periodKind: PeriodKind,
    @Arg('periodStart', () => String, { nullable: true, description: periodStartDoc })
    periodStart: string | undefined,
    @Arg('userId', () => ID, { nullable: true, description: 'You when left out.' })
    userId: string | undefined,
    @Ctx() context: GraphQLContext,
  ): Promise<SalesForecast> {
    return this.forecasts.forUser(
      context.user,
      userId ?? context.user.id,
      periodKind,
      periodStart ?? undefined,
    );
  }

  @Authorized('SALES_MANAGER')
  @Query(() => [SalesForecast], { description: 'The forecast of every member of a team you lead.' })
  teamForecast(
    @Arg('teamId', () => ID) teamId: string,
    @Arg('periodKind', () => PeriodKind) periodKind: PeriodKind,
    @Arg('periodStart', () => String, { nullable: true, description: periodStartDoc })
    periodStart: string | undefined,
    @Ctx() context: GraphQLContext,
  ): Promise<SalesForecast[]> {
    return this.forecasts.forTeam(context.user, teamId, periodKind, periodStart ?? undefined);
  }
}

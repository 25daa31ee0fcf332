import type { GraphQLContext } from '@salesgraph/service-kit';
import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { ForecastArgs } from './dto/forecast.args';
import { TeamForecastArgs } from './dto/team-forecast.args';
import type { ForecastService } from './forecast.service';
import { SalesForecast } from './sales-forecast.type';

/** Thin: authorize, map arguments, call the service. */
@Resolver(() => SalesForecast)
export class ForecastResolver {
  constructor(private readonly forecasts: ForecastService) {}

  @Authorized()
  @Query(() => SalesForecast, {
    description: 'A seller’s forecast: yours, or a member of a team you lead.',
  })
  salesForecast(
    @Args() args: ForecastArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<SalesForecast> {
    return this.forecasts.forUser(command, args, { slippedIn: args.slippedIn });
  }

  @Authorized('SALES_MANAGER')
  @Query(() => [SalesForecast], { description: 'The forecast of every member of a team you lead.' })
  teamForecast(
    @Args() args: TeamForecastArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<SalesForecast[]> {
    return this.forecasts.forTeam(command, args, { slippedIn: args.slippedIn });
  }
}

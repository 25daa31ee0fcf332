import type { GraphQLContext } from '@salesgraph/service-kit';
import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { SalesTeam } from './sales-team.entity';
import type { SalesTeamService } from './sales-team.service';

@Resolver(() => SalesTeam)
export class SalesTeamResolver {
  constructor(private readonly teams: SalesTeamService) {}

  @Authorized('SALES_MANAGER')
  @Query(() => [SalesTeam], { description: 'The teams you lead.' })
  salesTeams(@Ctx() context: GraphQLContext): Promise<SalesTeam[]> {
    return this.teams.list(context.user);
  }
}

import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { AddSalesTeamMemberInput } from './dto/add-sales-team-member.input';
import { CreateSalesTeamInput } from './dto/create-sales-team.input';
import { SalesTeam } from './sales-team.entity';
import type { SalesTeamService } from './sales-team.service';
import type { TeamMembershipService } from './team-membership.service';

/** Thin: authorize, map input, call the service. */
@Resolver(() => SalesTeam)
export class SalesTeamResolver {
  constructor(
    private readonly teams: SalesTeamService,
    private readonly membership: TeamMembershipService,
  ) {}

  @Authorized('SALES_MANAGER')
  @Query(() => [SalesTeam], {
    description: 'The teams you lead; every team for admins.',
  })
  salesTeams(@Ctx() { command }: GraphQLContext): Promise<SalesTeam[]> {
    return this.teams.list(command);
  }

  @Authorized('SALES_MANAGER')
  @Query(() => SalesTeam, { description: 'A team you lead (admins: any team).' })
  salesTeam(
    @Arg('id', () => ID) id: string,
    @Ctx() { command }: GraphQLContext,
  ): Promise<SalesTeam> {
    return this.teams.get(command, id);
  }

  @Authorized('SALES_MANAGER')
  @Mutation(() => SalesTeam, {
    description: 'Create a team: a sales manager leads it; an admin names its manager.',
  })
  createSalesTeam(
    @Arg('input') input: CreateSalesTeamInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<SalesTeam> {
    return this.teams.create(command, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => SalesTeam, {
    description:
      'Admins: add a rep or account manager to a team, or change their role. Sales managers ask with requestSalesTeamMember.',
  })
  addSalesTeamMember(
    @Arg('input') input: AddSalesTeamMemberInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<SalesTeam> {
    return this.membership.add(command, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => SalesTeam, { description: 'Admins: remove someone from a team.' })
  removeSalesTeamMember(
    @Arg('teamId', () => ID) teamId: string,
    @Arg('userId', () => ID) userId: string,
    @Ctx() { command }: GraphQLContext,
  ): Promise<SalesTeam> {
    return this.membership.remove(command, teamId, userId);
  }

  @Authorized('ADMIN')
  @Mutation(() => SalesTeam, { description: 'Hand a team to another sales manager.' })
  changeSalesTeamManager(
    @Arg('teamId', () => ID) teamId: string,
    @Arg('managerId', () => ID) managerId: string,
    @Ctx() { command }: GraphQLContext,
  ): Promise<SalesTeam> {
    return this.teams.changeManager(command, teamId, managerId);
  }
}

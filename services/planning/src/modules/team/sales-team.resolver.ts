import { AuditEntry, eventContextOf, type GraphQLContext } from '@salesgraph/service-kit';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
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
  salesTeams(@Ctx() context: GraphQLContext): Promise<SalesTeam[]> {
    return this.teams.list(context.user);
  }

  @Authorized('SALES_MANAGER')
  @Query(() => SalesTeam, { description: 'A team you lead (admins: any team).' })
  salesTeam(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext): Promise<SalesTeam> {
    return this.teams.get(context.user, id);
  }

  @Authorized('SALES_MANAGER')
  @Mutation(() => SalesTeam, {
    description: 'Create a team: a sales manager leads it; an admin names its manager.',
  })
  createSalesTeam(
    @Arg('input') input: CreateSalesTeamInput,
    @Ctx() context: GraphQLContext,
  ): Promise<SalesTeam> {
    return this.teams.create(context.user, input, eventContextOf(context));
  }

  @Authorized('SALES_MANAGER')
  @Mutation(() => SalesTeam, {
    description: 'Add a rep or account manager to a team you lead, or change their role.',
  })
  addSalesTeamMember(
    @Arg('input') input: AddSalesTeamMemberInput,
    @Ctx() context: GraphQLContext,
  ): Promise<SalesTeam> {
    return this.membership.add(context.user, input, eventContextOf(context));
  }

  @Authorized('SALES_MANAGER')
  @Mutation(() => SalesTeam, { description: 'Remove someone from a team you lead.' })
  removeSalesTeamMember(
    @Arg('teamId', () => ID) teamId: string,
    @Arg('userId', () => ID) userId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<SalesTeam> {
    return this.membership.remove(context.user, teamId, userId, eventContextOf(context));
  }

  @Authorized('ADMIN')
  @Mutation(() => SalesTeam, { description: 'Hand a team to another sales manager.' })
  changeSalesTeamManager(
    @Arg('teamId', () => ID) teamId: string,
    @Arg('managerId', () => ID) managerId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<SalesTeam> {
    return this.teams.changeManager(context.user, teamId, managerId, eventContextOf(context));
  }

  @FieldResolver(() => [AuditEntry], { description: 'Who changed this team, what and when.' })
  history(@Root() team: SalesTeam): Promise<AuditEntry[]> {
    return this.teams.history(team.id);
  }
}

import { PageArgs, type GraphQLContext } from '@salesgraph/service-kit';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Lead } from '../lead/lead.entity';
import type { LeadService } from '../lead/lead.service';
import type { OpportunityQueryService } from '../opportunity/opportunity-query.service';
import { Opportunity } from '../opportunity/opportunity.entity';
import { User } from './user.type';

/**
 * A user's pipeline: what they own, within what the caller may see (their own
 * always; a manager also their reps'; anything else comes back empty).
 */
@Resolver(() => User)
export class UserPipelineResolver {
  constructor(
    private readonly leadService: LeadService,
    private readonly opportunityQueries: OpportunityQueryService,
  ) {}

  @FieldResolver(() => [Lead], { description: 'Leads this user owns, newest first.' })
  leads(
    @Root() user: User,
    @Args() page: PageArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Lead[]> {
    return this.leadService.list(command, { ownerId: user.id }, page);
  }

  @FieldResolver(() => [Opportunity], {
    description: 'Opportunities this user owns, most recently changed first.',
  })
  opportunities(
    @Root() user: User,
    @Args() page: PageArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Opportunity[]> {
    return this.opportunityQueries.list(command, { ownerId: user.id }, page);
  }

  @FieldResolver(() => [Lead], {
    description: 'This user’s open leads whose follow-up is overdue, most overdue first.',
  })
  overdueFollowUps(
    @Root() user: User,
    @Args() page: PageArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Lead[]> {
    return this.leadService.overdue(command, user.id, page);
  }
}

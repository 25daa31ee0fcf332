import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Opportunity } from '../opportunity/opportunity.entity';
import { LogOpportunityActivityInput } from './dto/log-opportunity-activity.input';
import { OpportunityActivity } from './opportunity-activity.entity';
import type { OpportunityActivityService } from './opportunity-activity.service';

/** Thin: activities on opportunities, logged and read. */
@Resolver(() => Opportunity)
export class OpportunityActivityResolver {
  constructor(private readonly activityService: OpportunityActivityService) {}

  @Authorized('SALES_REP', 'SALES_MANAGER', 'ACCOUNT_MANAGER')
  @Mutation(() => OpportunityActivity, {
    description: 'Record a call, e-mail or visit on an open deal and plan the next follow-up.',
  })
  logOpportunityActivity(
    @Arg('opportunityId', () => ID) opportunityId: string,
    @Arg('input') input: LogOpportunityActivityInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<OpportunityActivity> {
    return this.activityService.log(command, opportunityId, input);
  }

  @FieldResolver(() => [OpportunityActivity], {
    description:
      'Calls, e-mails and visits, newest first: for the deal’s owner and their managers.',
  })
  activities(
    @Root() opportunity: Opportunity,
    @Ctx() { command }: GraphQLContext,
  ): Promise<OpportunityActivity[]> {
    return this.activityService.activitiesOf(command, opportunity);
  }
}

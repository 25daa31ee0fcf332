import type { GraphQLContext } from '@salesgraph/service-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OpportunityQueryService } from '../opportunity/opportunity-query.service';
import { Opportunity } from '../opportunity/opportunity.entity';
import { AccountRef } from './account-ref.type';

@Resolver(() => AccountRef)
export class AccountOpportunitiesResolver {
  constructor(private readonly opportunityQueries: OpportunityQueryService) {}

  @FieldResolver(() => [Opportunity], {
    description:
      'Deals with this customer that you may see (yours, your teams’, or all on an account you manage).',
  })
  opportunities(
    @Root() account: AccountRef,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Opportunity[]> {
    return this.opportunityQueries.ofAccount(command, account.id);
  }
}

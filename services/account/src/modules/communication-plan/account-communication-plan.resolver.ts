import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Account } from '../account/account.entity';
import { TouchpointStatus } from './touchpoint-enums';
import { Touchpoint } from './touchpoint.entity';
import type { TouchpointService } from './touchpoint.service';

/** Account.communicationPlan, batched over all accounts of a query. */
@Resolver(() => Account)
export class AccountCommunicationPlanResolver {
  constructor(private readonly touchpoints: TouchpointService) {}

  @FieldResolver(() => [Touchpoint], {
    description: 'The communication plan with decision makers, by next date.',
  })
  async communicationPlan(
    @Root() account: Account,
    @Arg('includeClosed', { defaultValue: false, description: 'Also DONE and CANCELLED ones.' })
    includeClosed: boolean,
    @Ctx() context: GraphQLContext,
  ): Promise<Touchpoint[]> {
    const all = await context.loaders
      .get<string, Touchpoint[]>('account.touchpoints', async (ids) => {
        const touchpoints = await this.touchpoints.ofAccounts(ids);
        return ids.map((id) => touchpoints.filter((t) => t.accountId === id));
      })
      .load(account.id);
    return includeClosed ? all : all.filter((t) => t.status === TouchpointStatus.PLANNED);
  }
}

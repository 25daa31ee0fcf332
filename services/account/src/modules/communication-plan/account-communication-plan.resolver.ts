import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Account } from '../account/account.entity';
import { Touchpoint } from './touchpoint.entity';
import type { TouchpointAgenda } from './touchpoint-agenda';

/** Account.communicationPlan, batched over all accounts of a query. */
@Resolver(() => Account)
export class AccountCommunicationPlanResolver {
  constructor(private readonly agenda: TouchpointAgenda) {}

  @FieldResolver(() => [Touchpoint], {
    description: 'The communication plan with decision makers, by next date.',
  })
  communicationPlan(
    @Root() account: Account,
    @Arg('includeClosed', { defaultValue: false, description: 'Also DONE and CANCELLED ones.' })
    includeClosed: boolean,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Touchpoint[]> {
    return this.agenda.ofAccount(command, account.id, includeClosed);
  }
}

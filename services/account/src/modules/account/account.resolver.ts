import { PageArgs, type GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Account } from './account.entity';
import type { AccountService } from './account.service';

@Resolver(() => Account)
export class AccountResolver {
  constructor(private readonly accountService: AccountService) {}

  @Query(() => [Account], { description: 'Accounts you may see.' })
  accounts(@Args() page: PageArgs, @Ctx() context: GraphQLContext): Promise<Account[]> {
    return this.accountService.list(context.user, page);
  }

  @Query(() => Account)
  account(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext): Promise<Account> {
    return this.accountService.get(context.user, id);
  }
}

import type { GraphQLContext } from '@salesgraph/service-kit';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Account } from '../account/account.entity';
import type { AccountService } from '../account/account.service';
import { AccountListArgs } from '../account/dto/account-list.args';
import { User } from './user.type';

@Resolver(() => User)
export class UserAccountsResolver {
  constructor(private readonly accountService: AccountService) {}

  @FieldResolver(() => [Account], {
    description: 'The accounts you may see (see Query.accounts); only for yourself.',
  })
  accounts(
    @Root() user: User,
    @Args() args: AccountListArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Account[]> {
    return this.accountService.listOf(command, user.id, args);
  }
}

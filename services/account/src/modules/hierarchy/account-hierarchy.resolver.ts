import type { GraphQLContext } from '@salesgraph/service-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Account } from '../account/account.entity';
import { AccountGroup } from './account-group.type';
import type { AccountGroupService } from './account-group.service';

/** Account.children and Account.group: the hierarchy of companies. */
@Resolver(() => Account)
export class AccountHierarchyResolver {
  constructor(private readonly groups: AccountGroupService) {}

  @FieldResolver(() => [Account], {
    description: 'The accounts directly below this one (subsidiaries, sites) that you may see.',
  })
  children(@Root() account: Account, @Ctx() { command }: GraphQLContext): Promise<Account[]> {
    return this.groups.childrenOf(command, account);
  }

  @FieldResolver(() => AccountGroup, {
    description: 'This account and everything below it, rolled up: revenue and health.',
  })
  group(@Root() account: Account, @Ctx() { command }: GraphQLContext): Promise<AccountGroup> {
    return this.groups.groupOf(command, account);
  }
}

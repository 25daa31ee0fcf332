import type { GraphQLContext } from '@salesgraph/service-kit';
import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AccountClosureService } from './account-closure.service';
import { accountOwningRoles } from './account-roles';
import { Account } from './account.entity';
import { AccountStatusChangeArgs } from './dto/account-status-change.args';

/** Thin: authorize, map arguments, call the service. */
@Resolver(() => Account)
export class AccountClosureResolver {
  constructor(private readonly closure: AccountClosureService) {}

  @Authorized(...accountOwningRoles)
  @Mutation(() => Account, {
    description:
      'Close an account as LOST (the customer is gone), with the reason: it changes hands no more and its health is no longer assessed.',
  })
  closeAccountAsLost(
    @Args() args: AccountStatusChangeArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Account> {
    return this.closure.closeAsLost(command, args.accountId, args.reason);
  }

  @Authorized(...accountOwningRoles)
  @Mutation(() => Account, {
    description: 'Reopen a LOST account, with the reason: ACTIVE again, its health assessed anew.',
  })
  reopenAccount(
    @Args() args: AccountStatusChangeArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Account> {
    return this.closure.reopen(command, args.accountId, args.reason);
  }
}

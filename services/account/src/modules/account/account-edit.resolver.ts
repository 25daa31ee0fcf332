import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AccountEditService } from './account-edit.service';
import { accountOwningRoles } from './account-roles';
import { Account } from './account.entity';
import { SetParentAccountArgs } from './dto/set-parent-account.args';
import { UpdateAccountInput } from './dto/update-account.input';

/** Thin: authorize, map input, call the service. */
@Resolver(() => Account)
export class AccountEditResolver {
  constructor(private readonly edits: AccountEditService) {}

  @Authorized(...accountOwningRoles)
  @Mutation(() => Account, {
    description:
      'Correct an account’s name, domain, industry or segment, at the version you last read.',
  })
  updateAccount(
    @Arg('input') input: UpdateAccountInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Account> {
    return this.edits.update(command, input);
  }

  @Authorized(...accountOwningRoles)
  @Mutation(() => Account, {
    description:
      'Put an account under its parent company (none: the top of its group); a parent below it is refused.',
  })
  setParentAccount(
    @Args() args: SetParentAccountArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Account> {
    return this.edits.setParent(
      command,
      args.accountId,
      args.expectedVersion,
      args.parentAccountId ?? null,
    );
  }
}

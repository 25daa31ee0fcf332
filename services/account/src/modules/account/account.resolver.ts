import type { GraphQLContext, Listed } from '@salesgraph/service-kit';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { User } from '../user/user.type';
import { Account } from './account.entity';
import type { AccountService } from './account.service';
import { AccountListArgs } from './dto/account-list.args';
import { CreateAccountInput } from './dto/create-account.input';
import { accountReadingRoles } from './account-roles';
import { accountListing } from './account-listing';

/** Thin: authorize, map input, call the service. */
@Resolver(() => Account)
export class AccountResolver {
  constructor(private readonly accountService: AccountService) {}

  @Authorized(...accountReadingRoles)
  @Query(() => [Account], {
    description:
      'Accounts you may see: your own (reps their standard, account managers their key accounts), your teams’ as a manager, all as a coordinator.',
  })
  accounts(@Args() args: AccountListArgs, @Ctx() { command }: GraphQLContext): Promise<Account[]> {
    return this.accountService.list(command, args);
  }

  @Authorized(...accountReadingRoles)
  @Query(() => accountListing.List, {
    description:
      'A page of the accounts you may see (as `accounts`), searched by name or domain, sorted as you ask, with how many match.',
  })
  accountList(
    @Args() args: AccountListArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Listed<Account>> {
    return this.accountService.page(command, args);
  }

  @Authorized(...accountReadingRoles)
  @Query(() => Account)
  account(@Arg('id', () => ID) id: string, @Ctx() { command }: GraphQLContext): Promise<Account> {
    return this.accountService.get(command, id);
  }

  @Authorized('SALES_REP', 'SALES_MANAGER')
  @Mutation(() => Account, { description: 'Open a standard account by hand.' })
  createAccount(
    @Arg('input') input: CreateAccountInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Account> {
    return this.accountService.create(command, input);
  }

  @FieldResolver(() => User)
  owner(@Root() account: Account): User {
    return { id: account.ownerId };
  }

  @FieldResolver(() => Account, {
    nullable: true,
    description: 'The parent company, when you may see it.',
  })
  parentAccount(
    @Root() account: Account,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Account | null> {
    return this.accountService.parentOf(command, account);
  }
}

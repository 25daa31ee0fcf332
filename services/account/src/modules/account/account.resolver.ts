import { AuditEntry, type GraphQLContext } from '@salesgraph/service-kit';
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
import { historyOf } from '../../common/entity-history.loader';
import type { EntityHistoryReader } from '../../common/entity-history.reader';
import { HistorySources } from '../../common/history-sources';
import { User } from '../user/user.type';
import { Account } from './account.entity';
import type { AccountService } from './account.service';
import { AccountListArgs } from './dto/account-list.args';
import { CreateAccountInput } from './dto/create-account.input';

const readers = ['SALES_REP', 'ACCOUNT_MANAGER', 'SALES_MANAGER', 'SALES_COORDINATOR'] as const;

/** Thin: authorize, map input, call the service. */
@Resolver(() => Account)
export class AccountResolver {
  constructor(
    private readonly accountService: AccountService,
    private readonly histories: EntityHistoryReader,
  ) {}

  @Authorized(...readers)
  @Query(() => [Account], {
    description:
      'Accounts you may see: your own (reps their standard, account managers their key accounts), your teams’ as a manager, all as a coordinator.',
  })
  accounts(@Args() args: AccountListArgs, @Ctx() context: GraphQLContext): Promise<Account[]> {
    return this.accountService.list(context.user, args);
  }

  @Authorized(...readers)
  @Query(() => Account)
  account(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext): Promise<Account> {
    return this.accountService.get(context.user, id);
  }

  @Authorized('SALES_REP', 'SALES_MANAGER')
  @Mutation(() => Account, { description: 'Open a standard account by hand.' })
  createAccount(
    @Arg('input') input: CreateAccountInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Account> {
    return this.accountService.create(context, input);
  }

  @FieldResolver(() => User)
  owner(@Root() account: Account): User {
    return { id: account.ownerId };
  }

  @FieldResolver(() => Account, {
    nullable: true,
    description: 'The parent company, when you may see it.',
  })
  async parentAccount(
    @Root() account: Account,
    @Ctx() context: GraphQLContext,
  ): Promise<Account | null> {
    if (!account.parentAccountId) return null;
    const [parent] = await this.accountService.findVisible(context.user, [account.parentAccountId]);
    return parent ?? null;
  }

  @FieldResolver(() => [AuditEntry], { description: 'Who changed this account, what and when.' })
  history(@Root() account: Account, @Ctx() context: GraphQLContext): Promise<AuditEntry[]> {
    return historyOf(context, this.histories, HistorySources.account, {
      id: account.id,
      accountId: account.id,
    });
  }
}

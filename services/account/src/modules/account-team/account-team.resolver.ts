import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Account } from '../account/account.entity';
import { AccountTeamMember } from './account-team-member.entity';
import type { AccountTeamService } from './account-team.service';
import { InternalDepartment } from './department';
import { AddAccountTeamMemberInput } from './dto/add-account-team-member.input';

/** Thin: authorize, map input, call the service; plus Account.team. */
@Resolver(() => Account)
export class AccountTeamResolver {
  constructor(private readonly teamService: AccountTeamService) {}

  @Authorized('ACCOUNT_MANAGER', 'SALES_REP', 'SALES_MANAGER')
  @Mutation(() => AccountTeamMember, {
    description: 'Put someone from a department on the account team.',
  })
  addAccountTeamMember(
    @Arg('input') input: AddAccountTeamMemberInput,
    @Ctx() context: GraphQLContext,
  ): Promise<AccountTeamMember> {
    return this.teamService.add(context, input);
  }

  @Authorized('ACCOUNT_MANAGER', 'SALES_REP', 'SALES_MANAGER')
  @Mutation(() => AccountTeamMember, { description: 'Take someone off the account team.' })
  removeAccountTeamMember(
    @Arg('id', () => ID) id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<AccountTeamMember> {
    return this.teamService.remove(context, id);
  }

  @FieldResolver(() => [AccountTeamMember], { description: 'The internal team, by department.' })
  async team(
    @Root() account: Account,
    @Arg('department', () => InternalDepartment, { nullable: true })
    department: InternalDepartment | undefined,
    @Ctx() context: GraphQLContext,
  ): Promise<AccountTeamMember[]> {
    const members = await context.loaders
      .get<string, AccountTeamMember[]>('account.team', async (ids) => {
        const all = await this.teamService.ofAccounts(ids);
        return ids.map((id) => all.filter((m) => m.accountId === id));
      })
      .load(account.id);
    return department ? members.filter((m) => m.department === department) : members;
  }
}

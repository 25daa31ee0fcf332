import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Account } from '../account/account.entity';
import { AccountTeamMember } from './account-team-member.entity';
import type { AccountTeamService } from './account-team.service';
import { InternalDepartment } from './department';
import { AddAccountTeamMemberInput } from './dto/add-account-team-member.input';
import { accountOwningRoles } from '../account/account-roles';

/** Thin: authorize, map input, call the service; plus Account.team. */
@Resolver(() => Account)
export class AccountTeamResolver {
  constructor(private readonly teamService: AccountTeamService) {}

  @Authorized(...accountOwningRoles)
  @Mutation(() => AccountTeamMember, {
    description: 'Put someone from a department on the account team.',
  })
  addAccountTeamMember(
    @Arg('input') input: AddAccountTeamMemberInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<AccountTeamMember> {
    return this.teamService.add(command, input);
  }

  @Authorized(...accountOwningRoles)
  @Mutation(() => AccountTeamMember, { description: 'Take someone off the account team.' })
  removeAccountTeamMember(
    @Arg('id', () => ID) id: string,
    @Ctx() { command }: GraphQLContext,
  ): Promise<AccountTeamMember> {
    return this.teamService.remove(command, id);
  }

  @FieldResolver(() => [AccountTeamMember], { description: 'The internal team, by department.' })
  team(
    @Root() account: Account,
    @Arg('department', () => InternalDepartment, { nullable: true })
    department: InternalDepartment | undefined,
    @Ctx() { command }: GraphQLContext,
  ): Promise<AccountTeamMember[]> {
    return this.teamService.ofAccount(command, account.id, department ?? undefined);
  }
}

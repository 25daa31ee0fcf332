import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Account } from '../account/account.entity';
import { DesignateKeyAccountInput } from './dto/designate-key-account.input';
import { ReassignAccountOwnerInput } from './dto/reassign-account-owner.input';
import type { OwnershipService } from './ownership.service';

/** Sales managers decide who owns which account; the handoff rule says whether they may. */
@Resolver(() => Account)
export class OwnershipResolver {
  constructor(private readonly ownership: OwnershipService) {}

  @Authorized('SALES_MANAGER')
  @Mutation(() => Account, {
    description:
      'Designate a key account and assign its account manager: ownership moves from the rep to the account manager (rule handoff-v1).',
  })
  designateKeyAccount(
    @Arg('input') input: DesignateKeyAccountInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Account> {
    return this.ownership.designate(command, input);
  }

  @Authorized('SALES_MANAGER')
  @Mutation(() => Account, {
    description: 'Give an account to another rep (standard) or account manager (key) of your team.',
  })
  reassignAccountOwner(
    @Arg('input') input: ReassignAccountOwnerInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Account> {
    return this.ownership.reassign(command, input);
  }
}

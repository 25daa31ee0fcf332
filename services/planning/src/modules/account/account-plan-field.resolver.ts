import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { AccountPlan } from '../plan/account-plan.entity';
import type { AccountPlanQueries } from '../plan/account-plan.queries';
import { AccountRef } from './account-ref.type';

/** `Account.plan`: the key account's plan, for its account manager, their sales manager and admins. */
@Resolver(() => AccountRef)
export class AccountPlanFieldResolver {
  constructor(private readonly plans: AccountPlanQueries) {}

  @FieldResolver(() => AccountPlan, {
    nullable: true,
    description:
      'The account plan of the year (this year when left out); null when none, or not yours to see.',
  })
  plan(
    @Root() account: AccountRef,
    @Arg('year', () => Int, { nullable: true }) year: number | undefined,
    @Ctx() { command }: GraphQLContext,
  ): Promise<AccountPlan | null> {
    return this.plans.forAccount(command, account.id, year ?? command.clock.now().getUTCFullYear());
  }
}

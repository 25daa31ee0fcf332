import { type GraphQLContext, type Clock } from '@salesgraph/service-kit';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { AccountPlan } from '../plan/account-plan.entity';
import type { AccountPlanQueries } from '../plan/account-plan.queries';
import { AccountRef } from './account-ref.type';

/** `Account.plan`: the key account's plan, for its account manager, their sales manager and admins. */
@Resolver(() => AccountRef)
export class AccountPlanFieldResolver {
  constructor(
    private readonly plans: AccountPlanQueries,
    private readonly clock: Clock,
  ) {}

  @FieldResolver(() => AccountPlan, {
    nullable: true,
    description:
      'The account plan of the year (this year when left out); null when none, or not yours to see.',
  })
  plan(
    @Root() account: AccountRef,
    @Arg('year', () => Int, { nullable: true }) year: number | undefined,
    @Ctx() context: GraphQLContext,
  ): Promise<AccountPlan | null> {
    return this.plans.forAccount(
      context.user,
      account.id,
      year ?? this.clock.now().getUTCFullYear(),
    );
  }
}

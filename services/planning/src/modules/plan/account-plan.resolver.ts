import type { GraphQLContext } from '@salesgraph/service-kit';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { AccountPlanStatus } from './account-plan-status';
import { AccountPlan } from './account-plan.entity';
import type { AccountPlanQueries } from './account-plan.queries';
import type { AccountPlanService } from './account-plan.service';
import { CreateAccountPlanInput } from './dto/create-account-plan.input';
import { SetAccountPlanTargetsInput } from './dto/set-account-plan-targets.input';
import { UpdateAccountPlanInput } from './dto/update-account-plan.input';
import type { PlanPerformanceService } from './plan-performance.service';
import { PlanProductPerformance } from './plan-product-performance.type';
import { RelationshipAction } from './relationship-action.entity';
import type { RelationshipActionService } from './relationship-action.service';

/** Thin: authorize, map input, call the services. */
@Resolver(() => AccountPlan)
export class AccountPlanResolver {
  constructor(
    private readonly plans: AccountPlanService,
    private readonly queries: AccountPlanQueries,
    private readonly actions: RelationshipActionService,
    private readonly performance: PlanPerformanceService,
  ) {}

  @Authorized('ACCOUNT_MANAGER', 'SALES_MANAGER')
  @Query(() => AccountPlan)
  accountPlan(
    @Arg('id', () => ID) id: string,
    @Ctx() { command }: GraphQLContext,
  ): Promise<AccountPlan> {
    return this.queries.get(command, id);
  }

  @Authorized('ACCOUNT_MANAGER', 'SALES_MANAGER')
  @Query(() => [AccountPlan], {
    description: 'Your plans; your team’s as a sales manager; all as admin. At most 200.',
  })
  accountPlans(
    @Arg('year', () => Int, { nullable: true }) year: number | undefined,
    @Arg('status', () => AccountPlanStatus, { nullable: true })
    status: AccountPlanStatus | undefined,
    @Ctx() { command }: GraphQLContext,
  ): Promise<AccountPlan[]> {
    return this.queries.list(command, {
      year: year ?? undefined,
      status: status ?? undefined,
    });
  }

  @Authorized('ACCOUNT_MANAGER')
  @Mutation(() => AccountPlan, {
    description: 'Open the plan of a key account you manage for a year.',
  })
  createAccountPlan(
    @Arg('input') input: CreateAccountPlanInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<AccountPlan> {
    return this.plans.create(command, input);
  }

  @Authorized('ACCOUNT_MANAGER')
  @Mutation(() => AccountPlan)
  updateAccountPlan(
    @Arg('input') input: UpdateAccountPlanInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<AccountPlan> {
    return this.plans.updateDetails(command, input);
  }

  @Authorized('ACCOUNT_MANAGER')
  @Mutation(() => AccountPlan)
  setAccountPlanTargets(
    @Arg('input') input: SetAccountPlanTargetsInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<AccountPlan> {
    return this.plans.setTargets(command, input);
  }

  @FieldResolver(() => [RelationshipAction])
  relationshipActions(
    @Root() plan: AccountPlan,
    @Ctx() { command }: GraphQLContext,
  ): Promise<RelationshipAction[]> {
    return this.actions.forPlan(command, plan.id);
  }

  @FieldResolver(() => [PlanProductPerformance], {
    description:
      'Plan against actual per product: every product with a target or with orders this plan year.',
  })
  planVsActual(
    @Root() plan: AccountPlan,
    @Ctx() { command }: GraphQLContext,
  ): Promise<PlanProductPerformance[]> {
    return this.performance.forPlan(command, plan);
  }
}

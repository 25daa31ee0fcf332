import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { AccountPlanWorkflowService } from './account-plan-workflow.service';
import { AccountPlan } from './account-plan.entity';

/** The approval workflow's mutations; thin: authorize, map arguments, call the service. */
@Resolver(() => AccountPlan)
export class AccountPlanWorkflowResolver {
  constructor(private readonly workflow: AccountPlanWorkflowService) {}

  @Authorized('ACCOUNT_MANAGER')
  @Mutation(() => AccountPlan, { description: 'Hand a draft to your sales manager for approval.' })
  submitAccountPlan(
    @Arg('planId', () => ID) planId: string,
    @Ctx() { command }: GraphQLContext,
  ): Promise<AccountPlan> {
    return this.workflow.submit(command, planId);
  }

  @Authorized('SALES_MANAGER')
  @Mutation(() => AccountPlan, {
    description: 'Approve a submitted plan of an account manager you lead.',
  })
  approveAccountPlan(
    @Arg('planId', () => ID) planId: string,
    @Ctx() { command }: GraphQLContext,
  ): Promise<AccountPlan> {
    return this.workflow.approve(command, planId);
  }

  @Authorized('SALES_MANAGER')
  @Mutation(() => AccountPlan, {
    description: 'Send a submitted plan back to its account manager, saying why.',
  })
  returnAccountPlan(
    @Arg('planId', () => ID) planId: string,
    @Arg('reason') reason: string,
    @Ctx() { command }: GraphQLContext,
  ): Promise<AccountPlan> {
    return this.workflow.return(command, planId, reason);
  }

  @Authorized('ACCOUNT_MANAGER')
  @Mutation(() => AccountPlan, {
    description: 'Reopen an approved plan as a draft; it needs approval again.',
  })
  reviseAccountPlan(
    @Arg('planId', () => ID) planId: string,
    @Ctx() { command }: GraphQLContext,
  ): Promise<AccountPlan> {
    return this.workflow.revise(command, planId);
  }
}

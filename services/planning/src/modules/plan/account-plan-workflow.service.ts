import { AccountPlanApproved, type EventContext } from '@salesgraph/events';
import type { AuthenticatedUser } from '@salesgraph/identity';
import type { Outbox } from '@salesgraph/messaging';
import { BadInputError, InvalidTransitionError, formatMoney } from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { AccountPlanJournal } from './account-plan.journal';
import { loadPlan, lockPlan } from './account-plan.lock';
import { nextPlanStatus, type PlanStep } from './account-plan-status';
import type { AccountPlan } from './account-plan.entity';
import {
  AccountPlanNotFoundError,
  NotPlanApproverError,
  NotPlanOwnerError,
} from './account-plan.exception';
import type { PlanAccess } from './plan-access';

/**
 * The approval workflow: the account manager submits (and later revises),
 * the sales manager who leads them approves or returns it with a reason.
 */
export class AccountPlanWorkflowService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly journal: AccountPlanJournal,
    private readonly access: PlanAccess,
  ) {}

  submit(actor: AuthenticatedUser, planId: string, context: EventContext): Promise<AccountPlan> {
    return this.step(actor, planId, 'submit', async (manager, plan) => {
      const withTargets = await loadPlan(manager, plan.id);
      if (withTargets.productTargets.length === 0)
        throw new InvalidTransitionError(
          'AccountPlan',
          plan.status,
          'SUBMITTED',
          'Set its product targets first.',
        );
      plan.returnReason = null;
      await this.journal.record(manager, plan, 'SUBMITTED', context);
    });
  }

  approve(actor: AuthenticatedUser, planId: string, context: EventContext): Promise<AccountPlan> {
    return this.step(actor, planId, 'approve', async (manager, plan) => {
      plan.approvedBy = actor.id;
      plan.approvedAt = new Date();
      const { productTargets } = await loadPlan(manager, plan.id);
      await this.outbox.append(
        manager,
        AccountPlanApproved,
        {
          planId: plan.id,
          accountId: plan.accountId,
          year: plan.year,
          accountManagerId: plan.accountManagerId,
          approvedBy: actor.id,
          currency: plan.currency,
          productTargets: productTargets.map((t) => ({
            productId: t.productId,
            revenue: formatMoney(t.revenue),
            margin: formatMoney(t.margin),
          })),
          approvedAt: plan.approvedAt.toISOString(),
        },
        context,
      );
    });
  }

  return(
    actor: AuthenticatedUser,
    planId: string,
    reason: string,
    context: EventContext,
  ): Promise<AccountPlan> {
    const why = reason.trim();
    if (!why || why.length > 1000) throw new BadInputError('reason must be 1 to 1000 characters.');
    return this.step(actor, planId, 'return', async (manager, plan) => {
      plan.returnReason = why;
      await this.journal.record(manager, plan, 'RETURNED', context, { reason: why });
    });
  }

  revise(actor: AuthenticatedUser, planId: string, context: EventContext): Promise<AccountPlan> {
    return this.step(actor, planId, 'revise', async (manager, plan) => {
      plan.approvedBy = null;
      plan.approvedAt = null;
      await this.journal.record(manager, plan, 'REVISED', context);
    });
  }

  private step(
    actor: AuthenticatedUser,
    planId: string,
    step: PlanStep,
    effect: (manager: EntityManager, plan: AccountPlan) => Promise<void>,
  ): Promise<AccountPlan> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await lockPlan(manager, planId);
      await this.authorize(manager, actor, plan, step);
      plan.status = nextPlanStatus(plan.status, step);
      await effect(manager, plan);
      await manager.save(plan);
      return loadPlan(manager, plan.id);
    });
  }

  private async authorize(
    manager: EntityManager,
    actor: AuthenticatedUser,
    plan: AccountPlan,
    step: PlanStep,
  ) {
    const managerStep = step === 'approve' || step === 'return';
    const allowed = managerStep
      ? await this.access.canApprove(manager, actor, plan)
      : this.access.canEdit(actor, plan);
    if (allowed) return;
    if (!(await this.access.canRead(manager, actor, plan)))
      throw new AccountPlanNotFoundError(plan.id);
    throw managerStep ? new NotPlanApproverError() : new NotPlanOwnerError();
  }
}

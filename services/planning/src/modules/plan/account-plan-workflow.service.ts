import { AccountPlanApproved } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  BadInputError,
  eventContextOf,
  formatMoney,
  inTransaction,
  InvalidTransitionError,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { EntityManager, DataSource } from 'typeorm';
import { accountPlanLifecycle, nextPlanStatus, type PlanStep } from './account-plan-lifecycle';
import type { AccountPlanJournal } from './account-plan.journal';
import { loadPlan, lockPlan } from './account-plan.lock';
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

  submit(command: CommandContext, planId: string): Promise<AccountPlan> {
    return this.step(command, planId, 'submit', async (manager, plan) => {
      const withTargets = await loadPlan(manager, plan.id);
      if (withTargets.productTargets.length === 0)
        throw new InvalidTransitionError(
          accountPlanLifecycle.entity,
          plan.status,
          'SUBMITTED',
          'Set its product targets first.',
        );
      plan.returnReason = null;
      await this.journal.record(manager, plan, 'SUBMITTED', command);
    });
  }

  approve(command: CommandContext, planId: string): Promise<AccountPlan> {
    return this.step(command, planId, 'approve', async (manager, plan) => {
      plan.approvedBy = command.user.id;
      plan.approvedAt = command.clock.now();
      const { productTargets } = await loadPlan(manager, plan.id);
      await this.outbox.append(
        manager,
        AccountPlanApproved,
        {
          planId: plan.id,
          accountId: plan.accountId,
          year: plan.year,
          accountManagerId: plan.accountManagerId,
          approvedBy: command.user.id,
          currency: plan.currency,
          productTargets: productTargets.map((t) => ({
            productId: t.productId,
            revenue: formatMoney(t.revenue),
            margin: formatMoney(t.margin),
          })),
          approvedAt: plan.approvedAt.toISOString(),
        },
        eventContextOf(command),
      );
    });
  }

  return(command: CommandContext, planId: string, reason: string): Promise<AccountPlan> {
    const why = reason.trim();
    if (!why || why.length > 1000) throw new BadInputError('reason must be 1 to 1000 characters.');
    return this.step(command, planId, 'return', async (manager, plan) => {
      plan.returnReason = why;
      await this.journal.record(manager, plan, 'RETURNED', command, { reason: why });
    });
  }

  revise(command: CommandContext, planId: string): Promise<AccountPlan> {
    return this.step(command, planId, 'revise', async (manager, plan) => {
      plan.approvedBy = null;
      plan.approvedAt = null;
      await this.journal.record(manager, plan, 'REVISED', command);
    });
  }

  private step(
    command: CommandContext,
    planId: string,
    step: PlanStep,
    effect: (manager: EntityManager, plan: AccountPlan) => Promise<void>,
  ): Promise<AccountPlan> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const plan = await lockPlan(manager, planId);
      await this.authorize(manager, command, plan, step);
      plan.status = nextPlanStatus(plan.status, step);
      await effect(manager, plan);
      await manager.save(plan);
      return loadPlan(manager, plan.id);
    });
  }

  private async authorize(
    manager: EntityManager,
    command: CommandContext,
    plan: AccountPlan,
    step: PlanStep,
  ) {
    const managerStep = step === 'approve' || step === 'return';
    const allowed = managerStep
      ? await this.access.canApprove(command, plan, manager)
      : this.access.canEdit(command, plan);
    if (allowed) return;
    if (!(await this.access.canRead(command, plan, manager)))
      throw new AccountPlanNotFoundError(plan.id);
    throw managerStep ? new NotPlanApproverError() : new NotPlanOwnerError();
  }
}

import { randomUUID } from 'node:crypto';
import type { EventContext } from '@salesgraph/events';
import { hasRole, type AuthenticatedUser } from '@salesgraph/identity';
import { NotFoundError, isUniqueViolation } from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { AccountOwnership } from '../account/account-ownership';
import type { AccountPlanJournal } from './account-plan.journal';
import { loadPlan, lockPlan } from './account-plan.lock';
import { AccountPlanStatus } from './account-plan-status';
import { AccountPlan } from './account-plan.entity';
import {
  AccountPlanNotFoundError,
  NotKeyAccountError,
  NotPlanOwnerError,
  PlanExistsError,
  PlanNotEditableError,
} from './account-plan.exception';
import type { CreateAccountPlanInput } from './dto/create-account-plan.input';
import type { SetAccountPlanTargetsInput } from './dto/set-account-plan-targets.input';
import type { UpdateAccountPlanInput } from './dto/update-account-plan.input';
import type { PlanAccess } from './plan-access';
import { PlanProductTarget } from './plan-product-target.entity';
import { validatePlanTargets } from './plan-targets';

/** Account plans: opened and edited (as drafts) by the key account's account manager. */
export class AccountPlanService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly journal: AccountPlanJournal,
    private readonly access: PlanAccess,
    private readonly ownership: AccountOwnership,
    private readonly defaultCurrency: string,
  ) {}

  async create(
    actor: AuthenticatedUser,
    input: CreateAccountPlanInput,
    context: EventContext,
  ): Promise<AccountPlan> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const owner = await this.ownership.ownerOf(manager, input.accountId);
        if (!owner) throw new NotFoundError('Account', input.accountId);
        if (owner.tier !== 'KEY') throw new NotKeyAccountError(input.accountId);
        if (owner.ownerId !== actor.id && !hasRole(actor, 'ADMIN')) throw new NotPlanOwnerError();
        if (
          await manager.exists(AccountPlan, {
            where: { accountId: input.accountId, year: input.year },
          })
        )
          throw new PlanExistsError(input.accountId, input.year);
        const plan = manager.create(AccountPlan, {
          id: randomUUID(),
          accountId: input.accountId,
          year: input.year,
          accountManagerId: owner.ownerId,
          currency: input.currency ?? this.defaultCurrency,
          status: AccountPlanStatus.DRAFT,
          objectives: input.objectives ?? [],
          competitorDefenceNotes: input.competitorDefenceNotes ?? '',
          returnReason: null,
          approvedBy: null,
          approvedAt: null,
        });
        await manager.save(plan);
        await this.journal.record(manager, plan, 'CREATED', context);
        return loadPlan(manager, plan.id);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'ux_account_plan_account_year'))
        throw new PlanExistsError(input.accountId, input.year);
      throw error;
    }
  }

  async updateDetails(
    actor: AuthenticatedUser,
    input: UpdateAccountPlanInput,
    context: EventContext,
  ): Promise<AccountPlan> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.lockDraft(manager, actor, input.planId);
      if (input.objectives) plan.objectives = input.objectives;
      if (input.competitorDefenceNotes !== undefined)
        plan.competitorDefenceNotes = input.competitorDefenceNotes;
      await manager.save(plan);
      await this.journal.record(manager, plan, 'DETAILS_UPDATED', context);
      return loadPlan(manager, plan.id);
    });
  }

  async setTargets(
    actor: AuthenticatedUser,
    input: SetAccountPlanTargetsInput,
    context: EventContext,
  ): Promise<AccountPlan> {
    validatePlanTargets(input.targets);
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.lockDraft(manager, actor, input.planId);
      await manager.delete(PlanProductTarget, { planId: plan.id });
      if (input.targets.length)
        await manager.insert(
          PlanProductTarget,
          input.targets.map((t) => ({ ...t, planId: plan.id })),
        );
      plan.updatedAt = new Date();
      await manager.save(plan);
      await this.journal.record(manager, plan, 'TARGETS_SET', context);
      return loadPlan(manager, plan.id);
    });
  }

  private async lockDraft(
    manager: EntityManager,
    actor: AuthenticatedUser,
    planId: string,
  ): Promise<AccountPlan> {
    const plan = await lockPlan(manager, planId);
    if (!this.access.canEdit(actor, plan)) {
      if (await this.access.canRead(manager, actor, plan)) throw new NotPlanOwnerError();
      throw new AccountPlanNotFoundError(planId);
    }
    if (plan.status !== AccountPlanStatus.DRAFT) throw new PlanNotEditableError(plan.status);
    return plan;
  }
}

import { randomUUID } from 'node:crypto';
import {
  inTransaction,
  isUniqueViolation,
  NotFoundError,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { AccountOwnership } from '../account/account-ownership';
import { isPlanEditable } from './account-plan-lifecycle';
import { AccountPlanStatus } from './account-plan-status';
import type { AccountPlanJournal } from './account-plan.journal';
import { loadPlan, lockPlan } from './account-plan.lock';
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

  async create(command: CommandContext, input: CreateAccountPlanInput): Promise<AccountPlan> {
    try {
      return await inTransaction(this.dataSource, command, async (manager) => {
        const owner = await this.ownership.ownerOf(manager, input.accountId);
        if (!owner) throw new NotFoundError('Account', input.accountId);
        if (owner.tier !== 'KEY') throw new NotKeyAccountError(input.accountId);
        if (!this.access.mayWrite(command, owner.ownerId)) throw new NotPlanOwnerError();
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
        await this.journal.record(manager, plan, 'CREATED', command);
        return loadPlan(manager, plan.id);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'ux_account_plan_account_year'))
        throw new PlanExistsError(input.accountId, input.year);
      throw error;
    }
  }

  updateDetails(command: CommandContext, input: UpdateAccountPlanInput): Promise<AccountPlan> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const plan = await this.lockDraft(manager, command, input.planId);
      if (input.objectives) plan.objectives = input.objectives;
      if (input.competitorDefenceNotes !== undefined)
        plan.competitorDefenceNotes = input.competitorDefenceNotes;
      await manager.save(plan);
      await this.journal.record(manager, plan, 'DETAILS_UPDATED', command);
      return loadPlan(manager, plan.id);
    });
  }

  setTargets(command: CommandContext, input: SetAccountPlanTargetsInput): Promise<AccountPlan> {
    validatePlanTargets(input.targets);
    return inTransaction(this.dataSource, command, async (manager) => {
      const plan = await this.lockDraft(manager, command, input.planId);
      await manager.delete(PlanProductTarget, { planId: plan.id });
      if (input.targets.length)
        await manager.insert(
          PlanProductTarget,
          input.targets.map((t) => ({ ...t, planId: plan.id })),
        );
      // The plan row itself is unchanged: its version (and updatedAt) still move with its targets.
      await manager.increment(AccountPlan, { id: plan.id }, 'version', 1);
      await this.journal.record(manager, plan, 'TARGETS_SET', command);
      return loadPlan(manager, plan.id);
    });
  }

  private async lockDraft(
    manager: EntityManager,
    command: CommandContext,
    planId: string,
  ): Promise<AccountPlan> {
    const plan = await lockPlan(manager, planId);
    if (!this.access.canEdit(command, plan)) {
      if (await this.access.canRead(command, plan, manager)) throw new NotPlanOwnerError();
      throw new AccountPlanNotFoundError(planId);
    }
    if (!isPlanEditable(plan.status)) throw new PlanNotEditableError(plan.status);
    return plan;
  }
}

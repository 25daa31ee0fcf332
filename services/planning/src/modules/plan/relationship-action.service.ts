import { randomUUID } from 'node:crypto';
import {
  entitiesByKeys,
  ForbiddenError,
  inTransaction,
  isUuid,
  loadMany,
  manyByKey,
  readerOf,
  requireCalendarDate,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { AccountPlanJournal } from './account-plan.journal';
import { lockPlan } from './account-plan.lock';
import type { AccountPlan } from './account-plan.entity';
import {
  AccountPlanNotFoundError,
  NotPlanOwnerError,
  RelationshipActionNotFoundError,
} from './account-plan.exception';
import type { AddRelationshipActionInput } from './dto/add-relationship-action.input';
import type { UpdateRelationshipActionInput } from './dto/update-relationship-action.input';
import type { PlanAccess } from './plan-access';
import { assertActionTransition } from './relationship-action-lifecycle';
import { RelationshipActionOrigin, RelationshipActionStatus } from './relationship-action-status';
import { RelationshipAction } from './relationship-action.entity';

const soonestDueFirst = { dueDate: 'ASC', createdAt: 'ASC' } as const;

/**
 * Relationship actions: the plan's account manager writes and assigns them
 * in any plan status (they are the plan's day-to-day work); whoever an
 * action is assigned to may move its status.
 */
export class RelationshipActionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly journal: AccountPlanJournal,
    private readonly access: PlanAccess,
  ) {}

  /** The actions of a plan the caller reads; the plans of one request are read at once. */
  forPlan(command: CommandContext, planId: string): Promise<RelationshipAction[]> {
    return loadMany(command, 'relationshipActionsOfPlan', planId, async (planIds) =>
      manyByKey(
        planIds,
        await entitiesByKeys(
          readerOf(this.dataSource, command),
          RelationshipAction,
          'planId',
          planIds,
          [
            ['dueDate', 'ASC'],
            ['createdAt', 'ASC'],
          ],
        ),
        (action) => action.planId,
      ),
    );
  }

  /** The actions assigned to the caller, soonest due first. */
  mine(command: CommandContext, status?: RelationshipActionStatus): Promise<RelationshipAction[]> {
    return readerOf(this.dataSource, command).find(RelationshipAction, {
      where: { ownerId: command.user.id, ...(status ? { status } : {}) },
      order: soonestDueFirst,
      take: 200,
    });
  }

  add(command: CommandContext, input: AddRelationshipActionInput): Promise<RelationshipAction> {
    requireCalendarDate('dueDate', input.dueDate);
    return inTransaction(this.dataSource, command, async (manager) => {
      const plan = await this.lockEditable(manager, command, input.planId);
      const action = await this.insert(manager, plan, {
        description: input.description,
        ownerId: input.ownerId ?? plan.accountManagerId,
        dueDate: input.dueDate,
        origin: RelationshipActionOrigin.MANUAL,
        productId: null,
        createdBy: command.user.id,
      });
      await this.journal.record(manager, plan, 'ACTION_ADDED', command, { action });
      return action;
    });
  }

  update(
    command: CommandContext,
    input: UpdateRelationshipActionInput,
  ): Promise<RelationshipAction> {
    if (input.dueDate) requireCalendarDate('dueDate', input.dueDate);
    return inTransaction(this.dataSource, command, async (manager) => {
      const found = isUuid(input.actionId)
        ? await manager.findOneBy(RelationshipAction, { id: input.actionId })
        : null;
      if (!found) throw new RelationshipActionNotFoundError(input.actionId);
      const plan = await lockPlan(manager, found.planId);
      const action = await manager.findOneByOrFail(RelationshipAction, { id: found.id });
      if (!this.access.canEdit(command, plan)) {
        if (action.ownerId !== command.user.id) {
          if (await this.access.canRead(command, plan, manager)) throw new NotPlanOwnerError();
          throw new RelationshipActionNotFoundError(input.actionId);
        }
        if (
          input.description !== undefined ||
          input.ownerId !== undefined ||
          input.dueDate !== undefined
        )
          throw new ForbiddenError(
            'You may change the status of an action assigned to you, nothing else.',
          );
      }
      if (input.status) assertActionTransition(action.status, input.status);
      Object.assign(action, {
        ...(input.status ? { status: input.status } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.ownerId !== undefined ? { ownerId: input.ownerId } : {}),
        ...(input.dueDate !== undefined ? { dueDate: input.dueDate } : {}),
      });
      await manager.save(action);
      await this.journal.record(manager, plan, 'ACTION_UPDATED', command, { action });
      return action;
    });
  }

  /** Inserts an action in the caller's transaction (shortfall detection uses it too). */
  async insert(
    manager: EntityManager,
    plan: AccountPlan,
    fields: Pick<
      RelationshipAction,
      'description' | 'ownerId' | 'dueDate' | 'origin' | 'productId' | 'createdBy'
    >,
    id: string = randomUUID(),
  ): Promise<RelationshipAction> {
    const action = manager.create(RelationshipAction, {
      id,
      planId: plan.id,
      status: RelationshipActionStatus.OPEN,
      ...fields,
    });
    return manager.save(action);
  }

  private async lockEditable(
    manager: EntityManager,
    command: CommandContext,
    planId: string,
  ): Promise<AccountPlan> {
    const plan = await lockPlan(manager, planId);
    if (this.access.canEdit(command, plan)) return plan;
    if (await this.access.canRead(command, plan, manager)) throw new NotPlanOwnerError();
    throw new AccountPlanNotFoundError(planId);
  }
}

import { randomUUID } from 'node:crypto';
import type { EventContext } from '@salesgraph/events';
import type { AuthenticatedUser } from '@salesgraph/identity';
import { ForbiddenError, isUuid, requireCalendarDate } from '@salesgraph/service-kit';
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
import {
  assertActionTransition,
  RelationshipActionOrigin,
  RelationshipActionStatus,
} from './relationship-action-status';
import { RelationshipAction } from './relationship-action.entity';

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

  forPlan(planId: string): Promise<RelationshipAction[]> {
    return this.dataSource.manager.find(RelationshipAction, {
      where: { planId },
      order: { dueDate: 'ASC', createdAt: 'ASC' },
    });
  }

  /** The actions assigned to the viewer, soonest due first. */
  mine(
    viewer: AuthenticatedUser,
    status?: RelationshipActionStatus,
  ): Promise<RelationshipAction[]> {
    return this.dataSource.manager.find(RelationshipAction, {
      where: { ownerId: viewer.id, ...(status ? { status } : {}) },
      order: { dueDate: 'ASC', createdAt: 'ASC' },
      take: 200,
    });
  }

  async add(
    actor: AuthenticatedUser,
    input: AddRelationshipActionInput,
    context: EventContext,
  ): Promise<RelationshipAction> {
    requireCalendarDate('dueDate', input.dueDate);
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.lockEditable(manager, actor, input.planId);
      const action = await this.insert(manager, plan, {
        description: input.description,
        ownerId: input.ownerId ?? plan.accountManagerId,
        dueDate: input.dueDate,
        origin: RelationshipActionOrigin.MANUAL,
        productId: null,
        createdBy: actor.id,
      });
      await this.journal.record(manager, plan, 'ACTION_ADDED', context, { action });
      return action;
    });
  }

  async update(
    actor: AuthenticatedUser,
    input: UpdateRelationshipActionInput,
    context: EventContext,
  ): Promise<RelationshipAction> {
    if (input.dueDate) requireCalendarDate('dueDate', input.dueDate);
    return this.dataSource.transaction(async (manager) => {
      const found = isUuid(input.actionId)
        ? await manager.findOneBy(RelationshipAction, { id: input.actionId })
        : null;
      if (!found) throw new RelationshipActionNotFoundError(input.actionId);
      const plan = await lockPlan(manager, found.planId);
      const action = await manager.findOneByOrFail(RelationshipAction, { id: found.id });
      if (!this.access.canEdit(actor, plan)) {
        if (action.ownerId !== actor.id) {
          if (await this.access.canRead(manager, actor, plan)) throw new NotPlanOwnerError();
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
      await this.journal.record(manager, plan, 'ACTION_UPDATED', context, { action });
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
    actor: AuthenticatedUser,
    planId: string,
  ): Promise<AccountPlan> {
    const plan = await lockPlan(manager, planId);
    if (this.access.canEdit(actor, plan)) return plan;
    if (await this.access.canRead(manager, actor, plan)) throw new NotPlanOwnerError();
    throw new AccountPlanNotFoundError(planId);
  }
}

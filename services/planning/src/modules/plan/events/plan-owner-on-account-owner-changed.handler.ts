import {
  AccountOwnerChanged,
  KeyAccountDesignated,
  Topics,
  type EventContext,
} from '@salesgraph/events';
import { on } from '@salesgraph/messaging';
import type { SubscriberSpec } from '@salesgraph/service-kit';
import { In, MoreThanOrEqual, type EntityManager } from 'typeorm';
import type { AccountPlanJournal } from '../account-plan.journal';
import { AccountPlan } from '../account-plan.entity';
import { RelationshipActionStatus } from '../relationship-action-status';
import { RelationshipAction } from '../relationship-action.entity';

/**
 * When a key account gets another account manager, its plans from the year
 * of the change on go with it, with the open actions the previous account
 * manager held (each recorded as ACTION_UPDATED, for the action's history).
 * Past years keep who was accountable then. A separate
 * consumer from the projections: plans are the service's own state, and a
 * projection replay never runs this again.
 */
export function planOwnerSubscriber(journal: AccountPlanJournal): SubscriberSpec {
  async function reassign(
    manager: EntityManager,
    accountId: string,
    ownerId: string,
    at: string,
    context: EventContext,
  ): Promise<void> {
    const plans = await manager.find(AccountPlan, {
      where: { accountId, year: MoreThanOrEqual(new Date(at).getUTCFullYear()) },
      lock: { mode: 'pessimistic_write' },
    });
    for (const plan of plans) {
      if (plan.accountManagerId === ownerId) continue;
      const previous = plan.accountManagerId;
      plan.accountManagerId = ownerId;
      await manager.save(plan);
      await journal.record(manager, plan, 'ACCOUNT_MANAGER_CHANGED', context);
      const moving = await manager.find(RelationshipAction, {
        where: {
          planId: plan.id,
          ownerId: previous,
          status: In([RelationshipActionStatus.OPEN, RelationshipActionStatus.IN_PROGRESS]),
        },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      // Each action that changes hands says so in its own history (ACTION_UPDATED), not only the plan.
      for (const action of moving) {
        action.ownerId = ownerId;
        await manager.save(action);
        await journal.record(manager, plan, 'ACTION_UPDATED', context, { action });
      }
    }
  }

  return {
    groupId: 'planning.account-plans',
    topics: [Topics.account],
    handlers: [
      on(AccountOwnerChanged, async (event, { manager, eventContext }) => {
        // A key account handed to a rep when demoted keeps its plans' account manager.
        if (event.data.tier !== 'KEY') return;
        await reassign(
          manager,
          event.data.accountId,
          event.data.ownerId,
          event.data.changedAt,
          eventContext,
        );
      }),
      on(KeyAccountDesignated, (event, { manager, eventContext }) =>
        reassign(
          manager,
          event.data.accountId,
          event.data.accountManagerId,
          event.data.designatedAt,
          eventContext,
        ),
      ),
    ],
  };
}

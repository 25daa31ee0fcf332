import { inTransaction, type CommandContext } from '@salesgraph/service-kit';
import { In, MoreThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import type { AccountPlanJournal } from './account-plan.journal';
import { AccountPlan } from './account-plan.entity';
import { unfinishedActionStatuses } from './relationship-action-lifecycle';
import { RelationshipAction } from './relationship-action.entity';

/** A key account that changed hands, as the account service reported it. */
export interface AccountOwnerChange {
  accountId: string;
  ownerId: string;
  /** The account's tier after the change. */
  tier: string;
  /** When it changed: plans of that year and later follow. */
  at: string;
}

/**
 * When a key account gets another account manager, its plans from the year
 * of the change on go with it, with the unfinished actions the previous
 * account manager held (each recorded as ACTION_UPDATED, for the action's
 * history). Past years keep who was accountable then.
 */
export class AccountPlanOwnerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly journal: AccountPlanJournal,
  ) {}

  async follow(command: CommandContext, change: AccountOwnerChange): Promise<void> {
    // A key account handed to a rep when demoted keeps its plans' account manager.
    if (change.tier !== 'KEY') return;
    await inTransaction(this.dataSource, command, async (manager) => {
      const plans = await manager.find(AccountPlan, {
        where: {
          accountId: change.accountId,
          year: MoreThanOrEqual(new Date(change.at).getUTCFullYear()),
        },
        lock: { mode: 'pessimistic_write' },
      });
      for (const plan of plans)
        if (plan.accountManagerId !== change.ownerId)
          await this.handOver(manager, command, plan, change.ownerId);
    });
  }

  private async handOver(
    manager: EntityManager,
    command: CommandContext,
    plan: AccountPlan,
    ownerId: string,
  ): Promise<void> {
    const previous = plan.accountManagerId;
    plan.accountManagerId = ownerId;
    await manager.save(plan);
    await this.journal.record(manager, plan, 'ACCOUNT_MANAGER_CHANGED', command);
    const moving = await manager.find(RelationshipAction, {
      where: { planId: plan.id, ownerId: previous, status: In([...unfinishedActionStatuses]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    // Each action that changes hands says so in its own history (ACTION_UPDATED), not only the plan.
    for (const action of moving) {
      action.ownerId = ownerId;
      await manager.save(action);
      await this.journal.record(manager, plan, 'ACTION_UPDATED', command, { action });
    }
  }
}

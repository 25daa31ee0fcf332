import { AccountPlanChanged, type AccountPlanChangedData } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import { eventContextOf, type CommandContext } from '@salesgraph/service-kit';
import type { EntityManager } from 'typeorm';
import type { AccountPlan } from './account-plan.entity';
import type { RelationshipAction } from './relationship-action.entity';

/** Records AccountPlanChanged: every change to a plan shows in its history. */
export class AccountPlanJournal {
  constructor(private readonly outbox: Outbox) {}

  async record(
    manager: EntityManager,
    plan: AccountPlan,
    change: AccountPlanChangedData['change'],
    command: CommandContext,
    extra: { reason?: string; action?: RelationshipAction } = {},
  ): Promise<void> {
    const { action } = extra;
    await this.outbox.append(
      manager,
      AccountPlanChanged,
      {
        planId: plan.id,
        accountId: plan.accountId,
        year: plan.year,
        accountManagerId: plan.accountManagerId,
        status: plan.status,
        change,
        ...(extra.reason ? { reason: extra.reason } : {}),
        ...(action
          ? {
              action: {
                actionId: action.id,
                description: action.description,
                ownerId: action.ownerId,
                dueDate: action.dueDate,
                status: action.status,
              },
            }
          : {}),
        changedBy: command.actor.id ?? command.actor.type,
        changedAt: command.clock.now().toISOString(),
      },
      eventContextOf(command),
    );
  }
}

import { AccountLost, AccountReopened } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  BadInputError,
  eventContextOf,
  inTransaction,
  InvalidTransitionError,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import type { HealthService } from '../health/health.service';
import type { AccountAccess } from './account-access';
import { AccountStatus } from './account-enums';
import { accountStatusLifecycle } from './account-status-lifecycle';
import { Account } from './account.entity';

/**
 * Closing an account as LOST (the customer is gone, with the reason) and
 * reopening it. Who may: whoever may change the account (its owner, their
 * sales manager, an admin). A LOST account changes hands no more
 * (ownership-handoff rule) and its health is no longer assessed (health
 * rule); reopening makes it ACTIVE and assesses its health at once.
 */
export class AccountClosureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly access: AccountAccess,
    private readonly health: HealthService,
  ) {}

  closeAsLost(command: CommandContext, accountId: string, reason: string): Promise<Account> {
    const why = requireReason(reason);
    return inTransaction(this.dataSource, command, async (manager) => {
      const account = await this.access.requireWritable(command, manager, accountId);
      const previousStatus = account.status;
      accountStatusLifecycle.assert(previousStatus, AccountStatus.LOST);
      const now = command.clock.now();
      await manager.update(
        Account,
        { id: account.id },
        { status: AccountStatus.LOST, lostReason: why, lostAt: now, updatedAt: now },
      );
      await this.outbox.append(
        manager,
        AccountLost,
        {
          accountId: account.id,
          ownerId: account.ownerId,
          tier: account.tier,
          previousStatus: previousStatus as 'ACTIVE' | 'AT_RISK',
          reason: why,
          lostBy: command.user.id,
          lostAt: now.toISOString(),
        },
        eventContextOf(command),
      );
      return manager.findOneByOrFail(Account, { id: account.id });
    });
  }

  reopen(command: CommandContext, accountId: string, reason: string): Promise<Account> {
    const why = requireReason(reason);
    return inTransaction(this.dataSource, command, async (manager) => {
      const account = await this.access.requireWritable(command, manager, accountId);
      // AT_RISK -> ACTIVE is the health rule's move, not a reopening.
      if (account.status !== AccountStatus.LOST)
        throw new InvalidTransitionError(
          'Account',
          account.status,
          AccountStatus.ACTIVE,
          'Only a lost account is reopened.',
        );
      const now = command.clock.now();
      await manager.update(
        Account,
        { id: account.id },
        { status: AccountStatus.ACTIVE, lostReason: null, lostAt: null, updatedAt: now },
      );
      await this.outbox.append(
        manager,
        AccountReopened,
        {
          accountId: account.id,
          ownerId: account.ownerId,
          tier: account.tier,
          reason: why,
          reopenedBy: command.user.id,
          reopenedAt: now.toISOString(),
        },
        eventContextOf(command),
      );
      // From ACTIVE, as any account: a poor score makes it AT_RISK (with AccountAtRisk) now.
      await this.health.recompute(command, manager, account.id);
      return manager.findOneByOrFail(Account, { id: account.id });
    });
  }
}

function requireReason(reason: string): string {
  const why = reason.trim();
  if (!why)
    throw new BadInputError('Give a reason, for the account’s history.', { field: 'reason' });
  return why;
}

import { AccountAtRisk, AccountRecovered } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  eventContextOf,
  inTransaction,
  readerOf,
  type CommandContext,
} from '@salesgraph/service-kit';
import { Not, type DataSource, type EntityManager } from 'typeorm';
import { AccountStatus } from '../account/account-enums';
import { Account } from '../account/account.entity';
import type { HealthInputsReader } from './health-inputs.reader';
import { assessHealth, statusForScore } from './health-rule';

/**
 * Assesses an account's health and stores the result with its reasons.
 * Called in the transaction of whatever changed an input (an order event, a
 * threat, a contact) and periodically by the recheck job, because days since
 * the last order grow without any event. Crossing into or out of AT_RISK
 * emits AccountAtRisk / AccountRecovered in the same transaction; the account
 * row is locked, so two concurrent assessments cannot both emit a transition.
 */
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly inputs: HealthInputsReader,
  ) {}

  /** As of the command's now; returns whether the status changed; nothing for an unknown account. */
  async recompute(
    command: CommandContext,
    manager: EntityManager,
    accountId: string,
  ): Promise<boolean> {
    const now = command.clock.now();
    const account = await manager.findOne(Account, {
      where: { id: accountId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!account) return false;
    const assessment = assessHealth(await this.inputs.read(manager, account, now));
    const status = statusForScore(account.status, assessment.score);
    await manager.update(
      Account,
      { id: account.id },
      {
        healthScore: assessment.score,
        healthReasons: assessment.reasons,
        healthRuleVersion: assessment.ruleVersion,
        healthComputedAt: now,
        status,
      },
    );
    if (status === account.status) return false;
    const data = {
      accountId: account.id,
      ownerId: account.ownerId,
      score: assessment.score,
      reasons: assessment.reasons,
    };
    if (status === AccountStatus.AT_RISK)
      await this.outbox.append(
        manager,
        AccountAtRisk,
        { ...data, detectedAt: now.toISOString() },
        eventContextOf(command),
      );
    else
      await this.outbox.append(
        manager,
        AccountRecovered,
        { ...data, recoveredAt: now.toISOString() },
        eventContextOf(command),
      );
    return true;
  }

  /**
   * Assesses every account that is not LOST again, one transaction per
   * account, until `signal` aborts; returns how many changed status.
   */
  async recheckAll(command: CommandContext, signal?: AbortSignal): Promise<number> {
    const accounts = await readerOf(this.dataSource, command).find(Account, {
      where: { status: Not(AccountStatus.LOST) },
      select: { id: true },
      order: { id: 'ASC' },
    });
    let transitions = 0;
    for (const { id } of accounts) {
      if (signal?.aborted) break;
      const changed = await inTransaction(this.dataSource, command, (manager) =>
        this.recompute(command, manager, id),
      );
      if (changed) transitions += 1;
    }
    return transitions;
  }
}

import { AccountAtRisk, AccountRecovered, type EventContext } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import type { EntityManager } from 'typeorm';
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
    private readonly outbox: Outbox,
    private readonly inputs: HealthInputsReader,
  ) {}

  /** Returns whether the status changed; does nothing for an unknown account. */
  async recompute(
    manager: EntityManager,
    accountId: string,
    context: EventContext,
    now = new Date(),
  ): Promise<boolean> {
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
        context,
      );
    else
      await this.outbox.append(
        manager,
        AccountRecovered,
        { ...data, recoveredAt: now.toISOString() },
        context,
      );
    return true;
  }
}

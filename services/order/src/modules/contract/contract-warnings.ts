import { ContractExpiring, ContractUnderrunRisk, type EventContext } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import { isBehindPace, isoDateOf } from '@salesgraph/service-kit';
import type { EntityManager } from 'typeorm';
import type { ContractCommitment } from './contract-commitment.entity';
import { commitmentExpectedByNow, daysLeft, warningWindow } from './contract-pace';
import { contractPartiesOf } from './contract-terms';
import type { SupplyContract } from './supply-contract.entity';

export interface ContractWarningSettings {
  /** How far (percent of the expected consumption) a commitment may lag before it is at risk. */
  tolerancePercent: number;
  /** ContractUnderrunRisk at most once per contract and product in each window of this many days. */
  windowDays: number;
}

/**
 * The warnings about one active contract. "Once per window" is kept in the
 * contract_warning table: the warning row and its event are written in one
 * transaction, and the row's primary key refuses a second one.
 */
export class ContractWarnings {
  constructor(
    private readonly outbox: Outbox,
    private readonly settings: ContractWarningSettings,
  ) {}

  async check(
    manager: EntityManager,
    contract: SupplyContract,
    now: Date,
    context: EventContext,
  ): Promise<{ expiring: boolean; underrun: string[] }> {
    const today = isoDateOf(now);
    const expiring = await this.expiring(manager, contract, today, now, context);
    const underrun: string[] = [];
    const window = warningWindow(contract, today, this.settings.windowDays);
    // Window 0 is a grace period: a contract signed last week is not behind yet.
    if (window > 0)
      for (const commitment of contract.commitments)
        if (await this.underrun(manager, contract, commitment, window, now, context))
          underrun.push(commitment.productId);
    return { expiring, underrun };
  }

  private async expiring(
    manager: EntityManager,
    contract: SupplyContract,
    today: string,
    now: Date,
    context: EventContext,
  ): Promise<boolean> {
    const left = daysLeft(contract, today);
    if (left < 0 || left > contract.noticeDays) return false;
    // The window is the end date: a contract extended later would warn again for its new end.
    if (!(await this.raiseOnce(manager, contract.id, 'EXPIRING', '', contract.endDate, now)))
      return false;
    await this.outbox.append(
      manager,
      ContractExpiring,
      {
        ...contractPartiesOf(contract),
        endDate: contract.endDate,
        daysLeft: left,
        detectedAt: now.toISOString(),
      },
      context,
    );
    return true;
  }

  private async underrun(
    manager: EntityManager,
    contract: SupplyContract,
    commitment: ContractCommitment,
    window: number,
    now: Date,
    context: EventContext,
  ): Promise<boolean> {
    const measure = commitment.measure;
    const expected = commitmentExpectedByNow(
      commitment.committed,
      contract,
      isoDateOf(now),
      measure,
    );
    if (!isBehindPace(commitment.consumed, expected, this.settings.tolerancePercent)) return false;
    const windowKey = `window-${window}`;
    if (
      !(await this.raiseOnce(
        manager,
        contract.id,
        'UNDERRUN',
        commitment.productId,
        windowKey,
        now,
      ))
    )
      return false;
    await this.outbox.append(
      manager,
      ContractUnderrunRisk,
      {
        ...contractPartiesOf(contract),
        productId: commitment.productId,
        committed: commitment.committed,
        consumed: commitment.consumed,
        expectedByNow: expected,
        measure,
        detectedAt: now.toISOString(),
      },
      context,
    );
    return true;
  }

  /** Records the warning unless it was already raised; true when this call raised it. */
  private async raiseOnce(
    manager: EntityManager,
    contractId: string,
    kind: 'EXPIRING' | 'UNDERRUN',
    productKey: string,
    windowKey: string,
    now: Date,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO contract_warning (contract_id, kind, product_key, window_key, detected_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING contract_id`,
      [contractId, kind, productKey, windowKey, now],
    );
    return rows.length === 1;
  }
}

import { ContractExpired, type EventContext } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  eventContextOf,
  inTransaction,
  isoDateOf,
  readerOf,
  updateIfVersion,
  type CommandContext,
} from '@salesgraph/service-kit';
import { LessThan, type DataSource } from 'typeorm';
import { ContractCommitment } from './contract-commitment.entity';
import type { ContractWarnings } from './contract-warnings';
import { SupplyContractStatus } from './contract-status';
import { contractPartiesOf } from './contract-terms';
import { withBackReferences } from './contract.service';
import { SupplyContract } from './supply-contract.entity';
import { supplyContractLifecycle } from './supply-contract-lifecycle';

export interface ContractWatchReport {
  expired: string[];
  expiring: string[];
  underrun: Array<{ contractId: string; productId: string }>;
}

/**
 * The periodic look at active contracts, at the command's "now" (the job's
 * clock, or one a test or the seed chooses): contracts past their end
 * expire; the others get their warnings checked (see ContractWarnings). Each
 * contract is handled in its own transaction, so one failure stops nothing else.
 */
export class ContractWatch {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly warnings: ContractWarnings,
  ) {}

  async run(command: CommandContext): Promise<ContractWatchReport> {
    // One moment for the whole run: every contract is judged on the same day.
    const now = command.clock.now();
    const today = isoDateOf(now);
    const context = eventContextOf(command);
    const reader = readerOf(this.dataSource, command);
    const report: ContractWatchReport = { expired: [], expiring: [], underrun: [] };
    const ended = await reader.find(SupplyContract, {
      where: { status: SupplyContractStatus.ACTIVE, endDate: LessThan(today) },
      select: { id: true },
    });
    for (const { id } of ended)
      if (await this.expire(command, id, now, context)) report.expired.push(id);

    const active = await reader.find(SupplyContract, {
      where: { status: SupplyContractStatus.ACTIVE },
      relations: { commitments: true },
      order: { id: 'ASC' },
    });
    for (const contract of withBackReferences(active)) {
      const raised = await inTransaction(this.dataSource, command, (manager) =>
        this.warnings.check(manager, contract, now, context),
      );
      if (raised.expiring) report.expiring.push(contract.id);
      for (const productId of raised.underrun)
        report.underrun.push({ contractId: contract.id, productId });
    }
    return report;
  }

  /** Ends an active contract whose last day has passed, with ContractExpired (final consumption). */
  private expire(
    command: CommandContext,
    id: string,
    now: Date,
    context: EventContext,
  ): Promise<boolean> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const contract = await manager.findOne(SupplyContract, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!contract || !supplyContractLifecycle.can(contract.status, SupplyContractStatus.EXPIRED))
        return false;
      if (contract.endDate >= isoDateOf(now)) return false;
      contract.commitments = await manager.find(ContractCommitment, { where: { contractId: id } });
      const changes = { status: SupplyContractStatus.EXPIRED, endedAt: now, updatedAt: now };
      if (!(await updateIfVersion(manager, SupplyContract, id, contract.version, changes)))
        return false;
      await this.outbox.append(
        manager,
        ContractExpired,
        {
          ...contractPartiesOf(contract),
          contractNumber: contract.contractNumber,
          endDate: contract.endDate,
          commitments: contract.commitments.map((c) => ({
            productId: c.productId,
            measure: c.measure,
            committed: c.committed,
            consumed: c.consumed,
          })),
          expiredAt: now.toISOString(),
        },
        context,
      );
      return true;
    });
  }
}

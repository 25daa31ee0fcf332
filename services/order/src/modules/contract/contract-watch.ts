import { randomUUID } from 'node:crypto';
import { ContractExpired, type EventContext } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import { LessThan, type DataSource } from 'typeorm';
import { isoDateOf } from '../../shared/clock';
import { updateIfVersion } from '../../shared/optimistic-lock';
import { ContractCommitment } from './contract-commitment.entity';
import type { ContractWarnings } from './contract-warnings';
import { SupplyContractStatus } from './contract-status';
import { withBackReferences } from './contract.service';
import { SupplyContract } from './supply-contract.entity';

export interface ContractWatchReport {
  expired: string[];
  expiring: string[];
  underrun: Array<{ contractId: string; productId: string }>;
}

/**
 * The periodic look at active contracts, run for a given moment so that
 * tests (and the seed) can drive it with any clock: contracts past their end
 * expire; the others get their warnings checked (see ContractWarnings). Each
 * contract is handled in its own transaction, so one failure stops nothing else.
 */
export class ContractWatch {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly warnings: ContractWarnings,
  ) {}

  async run(now: Date): Promise<ContractWatchReport> {
    const today = isoDateOf(now);
    const context: EventContext = {
      correlationId: `contract-watch-${randomUUID()}`,
      actor: { type: 'service', id: 'order' },
    };
    const report: ContractWatchReport = { expired: [], expiring: [], underrun: [] };
    const ended = await this.dataSource.manager.find(SupplyContract, {
      where: { status: SupplyContractStatus.ACTIVE, endDate: LessThan(today) },
      select: { id: true },
    });
    for (const { id } of ended) if (await this.expire(id, now, context)) report.expired.push(id);

    const active = await this.dataSource.manager.find(SupplyContract, {
      where: { status: SupplyContractStatus.ACTIVE },
      relations: { commitments: true },
      order: { id: 'ASC' },
    });
    for (const contract of withBackReferences(active)) {
      const raised = await this.dataSource.transaction((manager) =>
        this.warnings.check(manager, contract, now, context),
      );
      if (raised.expiring) report.expiring.push(contract.id);
      for (const productId of raised.underrun)
        report.underrun.push({ contractId: contract.id, productId });
    }
    return report;
  }

  /** Ends an active contract whose last day has passed, with ContractExpired (final consumption). */
  private expire(id: string, now: Date, context: EventContext): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const contract = await manager.findOne(SupplyContract, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!contract || contract.status !== SupplyContractStatus.ACTIVE) return false;
      if (contract.endDate >= isoDateOf(now)) return false;
      contract.commitments = await manager.find(ContractCommitment, { where: { contractId: id } });
      const changes = { status: SupplyContractStatus.EXPIRED, endedAt: now, updatedAt: now };
      if (!(await updateIfVersion(manager, SupplyContract, id, contract.version, changes)))
        return false;
      await this.outbox.append(
        manager,
        ContractExpired,
        {
          contractId: contract.id,
          contractNumber: contract.contractNumber,
          accountId: contract.accountId,
          ownerId: contract.ownerId,
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

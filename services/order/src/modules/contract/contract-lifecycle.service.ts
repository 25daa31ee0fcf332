import { ContractSigned, ContractTerminated } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import type { Acting } from '../../shared/acting';
import { isoDateOf } from '../../shared/clock';
import type { ContractChanger } from './contract-changer';
import { SupplyContractStatus } from './contract-status';
import type { ContractTerms } from './contract-terms';
import { ContractException } from './contract.exception';
import type { SupplyContract } from './supply-contract.entity';

/** Signing a negotiated contract (it becomes ACTIVE) and ending one early. */
export class ContractLifecycleService {
  constructor(
    private readonly outbox: Outbox,
    private readonly changer: ContractChanger,
    private readonly terms: ContractTerms,
  ) {}

  async sign(acting: Acting, contractId: string, expectedVersion: number): Promise<SupplyContract> {
    return this.changer.run(acting, contractId, expectedVersion, async (manager, contract, now) => {
      if (contract.status !== SupplyContractStatus.NEGOTIATING)
        throw ContractException.illegalMove(
          contract,
          'ACTIVE',
          'Only a contract under negotiation can be signed.',
        );
      if (contract.commitments.length === 0)
        throw ContractException.invalidTerms(
          `Contract ${contract.contractNumber} has no commitments yet: add at least one product before signing.`,
        );
      if (contract.endDate < isoDateOf(now))
        throw ContractException.invalidTerms(
          `Contract ${contract.contractNumber} ended on ${contract.endDate}: change its term before signing.`,
        );
      const changes = { status: SupplyContractStatus.ACTIVE, signedAt: now };
      Object.assign(contract, changes);
      await this.outbox.append(
        manager,
        ContractSigned,
        this.terms.signature(contract, now),
        acting.event,
      );
      return changes;
    });
  }

  async terminate(
    acting: Acting,
    contractId: string,
    expectedVersion: number,
    reason: string,
  ): Promise<SupplyContract> {
    return this.changer.run(acting, contractId, expectedVersion, async (manager, contract, now) => {
      const previousStatus = contract.status;
      if (
        previousStatus !== SupplyContractStatus.NEGOTIATING &&
        previousStatus !== SupplyContractStatus.ACTIVE
      )
        throw ContractException.illegalMove(contract, 'TERMINATED', 'It has already ended.');
      const changes = {
        status: SupplyContractStatus.TERMINATED,
        endedAt: now,
        terminationReason: reason,
      };
      Object.assign(contract, changes);
      await this.outbox.append(
        manager,
        ContractTerminated,
        {
          contractId: contract.id,
          contractNumber: contract.contractNumber,
          accountId: contract.accountId,
          ownerId: contract.ownerId,
          previousStatus,
          reason,
          terminatedBy: acting.user.id,
          terminatedAt: now.toISOString(),
        },
        acting.event,
      );
      return changes;
    });
  }
}

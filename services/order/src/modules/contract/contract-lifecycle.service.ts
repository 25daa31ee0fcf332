import { ContractSigned, ContractTerminated } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import { eventContextOf, isoDateOf, type CommandContext } from '@salesgraph/service-kit';
import type { ContractChanger } from './contract-changer';
import { SupplyContractStatus } from './contract-status';
import { contractPartiesOf, type ContractTerms } from './contract-terms';
import { ContractException } from './contract.exception';
import type { SupplyContract } from './supply-contract.entity';
import type { EntityManager } from 'typeorm';
import { assertContractMove } from './supply-contract-lifecycle';

/** The price guard's approval step, as signing a contract needs it. */
export interface ContractPriceClearance {
  clearContract(manager: EntityManager, contract: SupplyContract, day: string): Promise<void>;
}

/** Signing a negotiated contract (it becomes ACTIVE) and ending one early. */
export class ContractLifecycleService {
  constructor(
    private readonly outbox: Outbox,
    private readonly changer: ContractChanger,
    private readonly terms: ContractTerms,
    private readonly prices: ContractPriceClearance,
  ) {}

  async sign(
    command: CommandContext,
    contractId: string,
    expectedVersion: number,
  ): Promise<SupplyContract> {
    return this.changer.run(
      command,
      contractId,
      expectedVersion,
      async (manager, contract, now) => {
        assertContractMove(contract, SupplyContractStatus.ACTIVE);
        if (contract.commitments.length === 0)
          throw ContractException.invalidTerms(
            `Contract ${contract.contractNumber} has no commitments yet: add at least one product before signing.`,
          );
        if (contract.endDate < isoDateOf(now))
          throw ContractException.invalidTerms(
            `Contract ${contract.contractNumber} ended on ${contract.endDate}: change its term before signing.`,
          );
        // Prices below cost or far below list wait for the seller's manager.
        await this.prices.clearContract(manager, contract, isoDateOf(now));
        const changes = { status: SupplyContractStatus.ACTIVE, signedAt: now };
        Object.assign(contract, changes);
        await this.outbox.append(
          manager,
          ContractSigned,
          this.terms.signature(contract, now),
          eventContextOf(command),
        );
        return changes;
      },
    );
  }

  async terminate(
    command: CommandContext,
    contractId: string,
    expectedVersion: number,
    reason: string,
  ): Promise<SupplyContract> {
    return this.changer.run(
      command,
      contractId,
      expectedVersion,
      async (manager, contract, now) => {
        const previousStatus = contract.status;
        assertContractMove(contract, SupplyContractStatus.TERMINATED);
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
            ...contractPartiesOf(contract),
            contractNumber: contract.contractNumber,
            // The lifecycle lets only these two terminate.
            previousStatus: previousStatus as 'NEGOTIATING' | 'ACTIVE',
            reason,
            terminatedBy: command.user.id,
            terminatedAt: now.toISOString(),
          },
          eventContextOf(command),
        );
        return changes;
      },
    );
  }
}

import { hasRole } from '@salesgraph/identity';
import type { DataSource, EntityManager } from 'typeorm';
import type { Acting } from '../../shared/acting';
import type { Clock } from '../../shared/clock';
import { updateIfVersion } from '../../shared/optimistic-lock';
import { ContractException } from './contract.exception';
import type { ContractService } from './contract.service';
import { SupplyContract } from './supply-contract.entity';

/**
 * How every change of an existing contract runs: in one transaction, load it
 * (as the caller may see it), check the version the caller saw and that they
 * own it, apply the change (which writes its event), then claim the row at
 * that version with a conditional UPDATE (the optimistic lock).
 */
export class ContractChanger {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contracts: ContractService,
    private readonly clock: Clock,
  ) {}

  run(
    acting: Acting,
    contractId: string,
    expectedVersion: number,
    apply: (
      manager: EntityManager,
      contract: SupplyContract,
      now: Date,
    ) => Promise<Record<string, unknown>>,
  ): Promise<SupplyContract> {
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.contracts.loadForChange(manager, acting.user, contractId);
      if (contract.version !== expectedVersion)
        throw ContractException.changedByOthers(contract, expectedVersion);
      if (!hasRole(acting.user, 'ADMIN') && contract.ownerId !== acting.user.id)
        throw ContractException.notYourContract(contract.accountId);
      // Events written by `apply` carry the version the change creates.
      contract.version = expectedVersion + 1;
      const now = this.clock();
      const changes = { ...(await apply(manager, contract, now)), updatedAt: now };
      if (!(await updateIfVersion(manager, SupplyContract, contract.id, expectedVersion, changes)))
        throw ContractException.changedByOthers(
          await this.contracts.loadForChange(manager, acting.user, contractId),
          expectedVersion,
        );
      return Object.assign(contract, changes);
    });
  }
}

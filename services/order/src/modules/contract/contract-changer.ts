import { inTransaction, updateIfVersion, type CommandContext } from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { SalesAccess } from '../access/sales-access';
import { ContractException } from './contract.exception';
import type { ContractService } from './contract.service';
import { SupplyContract } from './supply-contract.entity';

/**
 * How every change of an existing contract runs: in one transaction, load it
 * (as the caller may see it), check the version the caller saw and that they
 * may change it (its owner's records: the owner, an admin), apply the change
 * (which writes its event), then claim the row at that version with a
 * conditional UPDATE (the optimistic lock).
 */
export class ContractChanger {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SalesAccess,
    private readonly contracts: ContractService,
  ) {}

  run(
    command: CommandContext,
    contractId: string,
    expectedVersion: number,
    apply: (
      manager: EntityManager,
      contract: SupplyContract,
      now: Date,
    ) => Promise<Record<string, unknown>>,
  ): Promise<SupplyContract> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const contract = await this.contracts.loadForChange(manager, command, contractId);
      if (contract.version !== expectedVersion)
        throw ContractException.changedByOthers(contract, expectedVersion);
      const scope = await this.access.scopeOf(command, manager);
      if (!scope.records.changes(contract.ownerId))
        throw ContractException.notYourContract(contract.accountId);
      // Events written by `apply` carry the version the change creates.
      contract.version = expectedVersion + 1;
      const now = command.clock.now();
      const changes = { ...(await apply(manager, contract, now)), updatedAt: now };
      if (!(await updateIfVersion(manager, SupplyContract, contract.id, expectedVersion, changes)))
        throw ContractException.changedByOthers(
          await this.contracts.loadForChange(manager, command, contractId),
          expectedVersion,
        );
      return Object.assign(contract, changes);
    });
  }
}

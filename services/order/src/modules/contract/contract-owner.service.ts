import { ContractOwnerChanged } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  eventContextOf,
  inTransaction,
  updateIfVersion,
  type CommandContext,
} from '@salesgraph/service-kit';
import { In, type DataSource } from 'typeorm';
import { SupplyContractStatus } from './contract-status';
import { SupplyContract } from './supply-contract.entity';

/** An account that changed hands, as the account service reported it. */
export interface AccountOwnerChange {
  accountId: string;
  ownerId: string;
  reason: string;
  at: string;
}

/** Contracts that still run or are still negotiated follow the account; ended ones keep who held them. */
const followingStatuses = [SupplyContractStatus.NEGOTIATING, SupplyContractStatus.ACTIVE];

/**
 * Supply contracts follow their account to its new owner, as account plans
 * do: the new account manager changes and terminates them, and call-offs
 * drafted from now on credit them (a call-off takes the contract's owner).
 * Orders already drafted keep whom they credited. Each contract that changes
 * hands says so in its own history (ContractOwnerChanged, a new version).
 */
export class ContractOwnerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  async follow(command: CommandContext, change: AccountOwnerChange): Promise<SupplyContract[]> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const contracts = await manager.find(SupplyContract, {
        where: { accountId: change.accountId, status: In(followingStatuses) },
        order: { contractNumber: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      const moved: SupplyContract[] = [];
      for (const contract of contracts) {
        if (contract.ownerId === change.ownerId) continue;
        const previousOwnerId = contract.ownerId;
        const now = command.clock.now();
        // Rows are locked above: the version cannot move under us.
        await updateIfVersion(manager, SupplyContract, contract.id, contract.version, {
          ownerId: change.ownerId,
          updatedAt: now,
        });
        Object.assign(contract, {
          ownerId: change.ownerId,
          version: contract.version + 1,
          updatedAt: now,
        });
        await this.outbox.append(
          manager,
          ContractOwnerChanged,
          {
            contractId: contract.id,
            contractNumber: contract.contractNumber,
            accountId: contract.accountId,
            previousOwnerId,
            ownerId: change.ownerId,
            status: contract.status as 'NEGOTIATING' | 'ACTIVE',
            reason: change.reason,
            changedAt: change.at,
          },
          eventContextOf(command),
        );
        moved.push(contract);
      }
      return moved;
    });
  }
}

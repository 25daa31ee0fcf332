import { randomUUID } from 'node:crypto';
import { ContractProposed, ContractSigned, ContractTerminated } from '@salesgraph/events';
import { hasRole } from '@salesgraph/identity';
import type { Outbox } from '@salesgraph/messaging';
import type { DataSource, EntityManager } from 'typeorm';
import type { Acting } from '../../shared/acting';
import { isoDateOf, type Clock } from '../../shared/clock';
import { nextNumber, updateIfVersion } from '../../shared/optimistic-lock';
import type { SalesAccess } from '../access/sales-access';
import { OrderException } from '../order/order.exception';
import { ContractTerms } from './contract-terms';
import { SupplyContractStatus } from './contract-status';
import { ContractException } from './contract.exception';
import type { ContractService } from './contract.service';
import type { CreateContractInput } from './dto/create-contract.input';
import type { UpdateContractInput } from './dto/update-contract.input';
import { SupplyContract } from './supply-contract.entity';

/**
 * An account manager's side of supply contracts: negotiate (create, change
 * terms), sign, terminate. Every change checks the version the caller saw
 * and writes its event in the same transaction.
 */
export class ContractNegotiationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly access: SalesAccess,
    private readonly contracts: ContractService,
    private readonly terms: ContractTerms,
    private readonly clock: Clock,
    private readonly currency: string,
  ) {}

  async create(
    acting: Acting,
    input: CreateContractInput,
    id = randomUUID(),
  ): Promise<SupplyContract> {
    return this.dataSource.transaction(async (manager) => {
      const owner = await this.access.ownerFor(manager, input.accountId);
      if (!owner) throw OrderException.accountUnknown(input.accountId);
      if (!hasRole(acting.user, 'ADMIN') && owner.ownerId !== acting.user.id)
        throw ContractException.notYourContract(input.accountId);
      const now = this.clock();
      const contract = Object.assign(new SupplyContract(), {
        id,
        contractNumber: await nextNumber(manager, 'contract_number_seq', 'SC', 4),
        accountId: input.accountId,
        ownerId: owner.ownerId,
        status: SupplyContractStatus.NEGOTIATING,
        startDate: input.startDate,
        endDate: input.endDate,
        currency: this.currency,
        overrunPolicy: input.overrunPolicy,
        noticeDays: input.noticeDays,
        signedAt: null,
        endedAt: null,
        terminationReason: null,
        createdBy: acting.user.id,
        createdAt: now,
        updatedAt: now,
        version: 1,
      });
      this.terms.checkTerm(contract);
      await manager.insert(SupplyContract, { ...contract });
      contract.commitments = await this.terms.replaceCommitments(
        manager,
        contract,
        input.commitments,
      );
      await this.outbox.append(
        manager,
        ContractProposed,
        this.terms.proposal(contract, now),
        acting.event,
      );
      return contract;
    });
  }

  async update(acting: Acting, input: UpdateContractInput): Promise<SupplyContract> {
    return this.change(
      acting,
      input.contractId,
      input.expectedVersion,
      async (manager, contract, now) => {
        if (contract.status !== SupplyContractStatus.NEGOTIATING)
          throw ContractException.illegalMove(
            contract,
            'NEGOTIATING',
            'Only terms under negotiation change.',
          );
        const { contractId: _id, expectedVersion: _v, commitments, ...rest } = input;
        const changes = Object.fromEntries(Object.entries(rest).filter(([, v]) => v != null));
        this.terms.checkTerm({ ...contract, ...changes });
        Object.assign(contract, changes);
        if (commitments)
          contract.commitments = await this.terms.replaceCommitments(
            manager,
            contract,
            commitments,
          );
        await this.outbox.append(
          manager,
          ContractProposed,
          this.terms.proposal(contract, now),
          acting.event,
        );
        return changes;
      },
    );
  }

  async sign(acting: Acting, contractId: string, expectedVersion: number): Promise<SupplyContract> {
    return this.change(acting, contractId, expectedVersion, async (manager, contract, now) => {
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
    return this.change(acting, contractId, expectedVersion, async (manager, contract, now) => {
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

  /** Loads, checks ownership and version, runs the change, then claims the row at that version. */
  private change(
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

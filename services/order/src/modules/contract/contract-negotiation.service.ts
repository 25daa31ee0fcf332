import { randomUUID } from 'node:crypto';
import { ContractProposed } from '@salesgraph/events';
import { hasRole } from '@salesgraph/identity';
import type { Outbox } from '@salesgraph/messaging';
import type { DataSource } from 'typeorm';
import type { Acting } from '../../shared/acting';
import type { Clock } from '../../shared/clock';
import { nextNumber } from '../../shared/optimistic-lock';
import type { SalesAccess } from '../access/sales-access';
import { OrderException } from '../order/order.exception';
import { ContractTerms } from './contract-terms';
import { SupplyContractStatus } from './contract-status';
import { ContractException } from './contract.exception';
import type { ContractChanger } from './contract-changer';
import type { CreateContractInput } from './dto/create-contract.input';
import type { UpdateContractInput } from './dto/update-contract.input';
import { SupplyContract } from './supply-contract.entity';

/**
 * An account manager negotiates a supply contract: opens it and changes its
 * terms until it is signed (see ContractLifecycleService). Every change
 * checks the version the caller saw and writes its event in the same
 * transaction.
 */
export class ContractNegotiationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly access: SalesAccess,
    private readonly changer: ContractChanger,
    private readonly terms: ContractTerms,
    private readonly clock: Clock,
    private readonly currency: string,
  ) {}

  async create(
    acting: Acting,
    input: CreateContractInput,
    id: string = randomUUID(),
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
    return this.changer.run(
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
}

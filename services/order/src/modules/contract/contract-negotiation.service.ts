import { randomUUID } from 'node:crypto';
import { ContractProposed } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  eventContextOf,
  inTransaction,
  isUuid,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import type { SalesAccess } from '../access/sales-access';
import { nextDocumentNumber } from '../numbering/document-number';
import type { ContractChanger } from './contract-changer';
import { SupplyContractStatus } from './contract-status';
import type { ContractTerms } from './contract-terms';
import { ContractException } from './contract.exception';
import type { CommitmentInput } from './dto/commitment.input';
import type { CreateContractInput } from './dto/create-contract.input';
import type { UpdateContractInput } from './dto/update-contract.input';
import { SupplyContract } from './supply-contract.entity';
import { assertContractMove } from './supply-contract-lifecycle';

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
    private readonly currency: string,
  ) {}

  /** A contract for an account whose records the caller may change (their own; an admin any). */
  async create(
    command: CommandContext,
    input: CreateContractInput,
    id: string = randomUUID(),
  ): Promise<SupplyContract> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const ownerId = await this.access.ownerYouMayChange(
        command,
        manager,
        input.accountId,
        ContractException.notYourContract,
      );
      const now = command.clock.now();
      const contract = Object.assign(new SupplyContract(), {
        id,
        contractNumber: await nextDocumentNumber(manager, 'contract_number_seq', 'SC', 4),
        accountId: input.accountId,
        ownerId,
        status: SupplyContractStatus.NEGOTIATING,
        startDate: input.startDate,
        endDate: input.endDate,
        currency: input.currency ?? this.currency,
        overrunPolicy: input.overrunPolicy,
        noticeDays: input.noticeDays,
        signedAt: null,
        endedAt: null,
        terminationReason: null,
        createdBy: command.user.id,
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
        eventContextOf(command),
      );
      return contract;
    });
  }

  async update(command: CommandContext, input: UpdateContractInput): Promise<SupplyContract> {
    return this.changer.run(
      command,
      input.contractId,
      input.expectedVersion,
      async (manager, contract, now) => {
        assertContractMove(contract, SupplyContractStatus.NEGOTIATING);
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
          eventContextOf(command),
        );
        return changes;
      },
    );
  }

  /**
   * An accepted quote's lines become the commitments of a contract under
   * negotiation: same account, the caller may change the contract (as for
   * any contract change), and the contract takes the quote's currency (its
   * prices are the quote's). Runs in the caller's transaction (the quote's
   * acceptance) and writes ContractProposed, the contract's history.
   */
  adoptQuote(
    command: CommandContext,
    contractId: string,
    quote: { quoteNumber: string; accountId: string; currency: string },
    commitments: CommitmentInput[],
  ): Promise<SupplyContract> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const current = isUuid(contractId)
        ? await manager.findOne(SupplyContract, {
            where: { id: contractId },
            select: { version: true },
          })
        : null;
      // Run with the version read in this transaction; the changer still checks who may see and change it.
      return this.changer.run(
        { ...command, transaction: manager },
        contractId,
        current?.version ?? 0,
        async (inner, contract, now) => {
          assertContractMove(contract, SupplyContractStatus.NEGOTIATING);
          if (contract.accountId !== quote.accountId)
            throw ContractException.invalidTerms(
              `Quote ${quote.quoteNumber} is for another account than contract ${contract.contractNumber}.`,
            );
          contract.currency = quote.currency;
          contract.commitments = await this.terms.replaceCommitments(inner, contract, commitments);
          await this.outbox.append(
            inner,
            ContractProposed,
            this.terms.proposal(contract, now),
            eventContextOf(command),
          );
          return { currency: quote.currency };
        },
      );
    });
  }
}

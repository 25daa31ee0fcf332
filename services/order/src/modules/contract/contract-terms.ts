import type { ContractProposedData, ContractSignedData } from '@salesgraph/events';
import type { EntityManager } from 'typeorm';
import { formatDecimal } from '@salesgraph/service-kit';
import { OrderException } from '../order/order.exception';
import type { ProductService } from '../product/product.service';
import { ContractCommitment } from './contract-commitment.entity';
import { ContractException } from './contract.exception';
import type { CommitmentInput } from './dto/commitment.input';
import type { SupplyContract } from './supply-contract.entity';

/** Whose contract it is, as every contract event names it. */
export function contractPartiesOf(contract: SupplyContract) {
  return { contractId: contract.id, accountId: contract.accountId, ownerId: contract.ownerId };
}

/** The rules a contract's terms obey, and how they travel in its events. */
export class ContractTerms {
  constructor(private readonly products: ProductService) {}

  checkTerm(term: { startDate: string; endDate: string }): void {
    if (term.endDate < term.startDate)
      throw ContractException.invalidTerms(
        `The term must not end (${term.endDate}) before it starts (${term.startDate}).`,
      );
  }

  /** Validates commitments (one measure each, one per product, products sold) and stores them. */
  async replaceCommitments(
    manager: EntityManager,
    contract: SupplyContract,
    inputs: readonly CommitmentInput[],
  ): Promise<ContractCommitment[]> {
    const seen = new Set<string>();
    for (const input of inputs) {
      if ((input.committedQuantity == null) === (input.committedValue == null))
        throw ContractException.invalidTerms(
          `Commit either a quantity or a value for product ${input.productId}, not both and not neither.`,
        );
      if (seen.has(input.productId))
        throw ContractException.invalidTerms(`Product ${input.productId} appears twice.`);
      seen.add(input.productId);
    }
    const found = new Map(
      (await this.products.findByIds([...seen], manager)).map((p) => [p.id, p] as const),
    );
    for (const id of seen) {
      if (!found.has(id)) throw OrderException.productNotOrderable(id, 'unknown');
      if (!found.get(id)!.active) throw OrderException.productNotOrderable(id, 'inactive');
    }
    const commitments = inputs.map((input) =>
      Object.assign(new ContractCommitment(), {
        contractId: contract.id,
        productId: input.productId,
        price: formatDecimal(input.price, 2),
        committedQuantity: input.committedQuantity ? formatDecimal(input.committedQuantity) : null,
        committedValue: input.committedValue ? formatDecimal(input.committedValue, 2) : null,
        consumedQuantity: '0',
        consumedValue: '0.00',
        contract,
      }),
    );
    await manager.delete(ContractCommitment, { contractId: contract.id });
    if (commitments.length)
      await manager.insert(
        ContractCommitment,
        commitments.map(({ contract: _contract, ...row }) => row),
      );
    return commitments;
  }

  proposal(contract: SupplyContract, at: Date): ContractProposedData {
    return {
      ...this.common(contract),
      noticeDays: contract.noticeDays,
      revision: contract.version,
      proposedAt: at.toISOString(),
    };
  }

  signature(contract: SupplyContract, at: Date): ContractSignedData {
    return { ...this.common(contract), signedAt: at.toISOString() };
  }

  private common(contract: SupplyContract) {
    return {
      ...contractPartiesOf(contract),
      contractNumber: contract.contractNumber,
      startDate: contract.startDate,
      endDate: contract.endDate,
      currency: contract.currency,
      overrunPolicy: contract.overrunPolicy,
      commitments: contract.commitments.map((c) => ({
        productId: c.productId,
        price: c.price,
        ...(c.committedQuantity ? { committedQuantity: c.committedQuantity } : {}),
        ...(c.committedValue ? { committedValue: c.committedValue } : {}),
      })),
    };
  }
}

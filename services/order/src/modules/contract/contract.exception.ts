import { DomainError } from '@salesgraph/service-kit';
import type { SupplyContractStatus } from './contract-status';

interface ContractRef {
  contractNumber: string;
  status: SupplyContractStatus;
}

/** Refusals of the contract module, each with a code and a message for the person who asked. */
export class ContractException extends DomainError {
  static notFound(id: string): ContractException {
    return new ContractException(
      'NOT_FOUND',
      `Supply contract ${id} was not found, or you may not see it.`,
      { entity: 'SupplyContract', id },
    );
  }

  static changedByOthers(
    contract: ContractRef & { version: number },
    expectedVersion: number,
  ): ContractException {
    return new ContractException(
      'CONFLICT',
      `Someone else changed contract ${contract.contractNumber} first: you saw version ` +
        `${expectedVersion}, it is now at version ${contract.version} (${contract.status}). Reload it and decide again.`,
      { currentVersion: contract.version, currentStatus: contract.status, expectedVersion },
    );
  }

  static notActive(contract: ContractRef): ContractException {
    return new ContractException(
      'CONTRACT_NOT_ACTIVE',
      `Contract ${contract.contractNumber} is ${contract.status}: call-offs need an ACTIVE contract.`,
      { status: contract.status },
    );
  }

  static outsideTerm(
    contract: { contractNumber: string; startDate: string; endDate: string },
    date: string,
  ): ContractException {
    return new ContractException(
      'CONTRACT_NOT_ACTIVE',
      `Contract ${contract.contractNumber} runs from ${contract.startDate} to ${contract.endDate}; ` +
        `a call-off on ${date} is outside its term.`,
      { startDate: contract.startDate, endDate: contract.endDate, date },
    );
  }

  static productNotInContract(contractNumber: string, productId: string): ContractException {
    return new ContractException(
      'PRODUCT_NOT_IN_CONTRACT',
      `Product ${productId} is not part of contract ${contractNumber}; order it ad hoc instead.`,
      { productId },
    );
  }

  /** The REFUSE policy: the whole call-off is refused and nothing is drawn down. */
  static overrunRefused(
    contractNumber: string,
    overrun: {
      sku: string;
      measure: string;
      committed: string;
      consumed: string;
      requested: string;
    },
  ): ContractException {
    return new ContractException(
      'CONTRACT_OVERRUN',
      `This call-off would exceed contract ${contractNumber} for ${overrun.sku}: committed ` +
        `${overrun.committed} (${overrun.measure.toLowerCase()}), already called off ${overrun.consumed}, ` +
        `this call-off ${overrun.requested}. The contract refuses overruns; order the excess ad hoc.`,
      {
        sku: overrun.sku,
        measure: overrun.measure,
        committed: overrun.committed,
        consumed: overrun.consumed,
        requested: overrun.requested,
      },
    );
  }

  static notYourContract(accountId: string): ContractException {
    return new ContractException(
      'FORBIDDEN',
      `Only the account manager of account ${accountId} negotiates its supply contracts.`,
      { accountId },
    );
  }

  static invalidTerms(message: string): ContractException {
    return new ContractException('BAD_USER_INPUT', message);
  }

  private constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }
}

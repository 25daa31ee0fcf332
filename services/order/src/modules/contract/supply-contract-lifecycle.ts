import { defineLifecycle, InvalidTransitionError } from '@salesgraph/service-kit';
import { SupplyContractStatus } from './contract-status';
import { ContractException } from './contract.exception';

const { NEGOTIATING, ACTIVE, EXPIRED, TERMINATED } = SupplyContractStatus;

/** What to tell someone who tries to move a contract where it cannot go, by where they wanted it. */
const hints: Record<SupplyContractStatus, string> = {
  [NEGOTIATING]: 'Only terms under negotiation change.',
  [ACTIVE]: 'Only a contract under negotiation can be signed.',
  [EXPIRED]: 'Only an active contract expires.',
  [TERMINATED]: 'It has already ended.',
};

/**
 * A supply contract's life, as a table. NEGOTIATING -> NEGOTIATING is a
 * change of terms: only a contract under negotiation is revised.
 */
export const supplyContractLifecycle = defineLifecycle<SupplyContractStatus>({
  entity: 'Supply contract',
  transitions: {
    [NEGOTIATING]: [NEGOTIATING, ACTIVE, TERMINATED],
    [ACTIVE]: [EXPIRED, TERMINATED],
    [EXPIRED]: [],
    [TERMINATED]: [],
  },
  hint: (_from, to) => hints[to],
});

/**
 * INVALID_TRANSITION unless the lifecycle allows the move, naming the
 * contract ("Contract SC-0007 cannot go from ACTIVE to NEGOTIATING. Only
 * terms under negotiation change."), which the lifecycle's `assert` cannot.
 */
export function assertContractMove(
  contract: { contractNumber: string; status: SupplyContractStatus },
  to: SupplyContractStatus,
): void {
  if (!supplyContractLifecycle.can(contract.status, to))
    throw new InvalidTransitionError(
      `Contract ${contract.contractNumber}`,
      contract.status,
      to,
      hints[to],
    );
}

/** Call-offs are drawn against an ACTIVE contract only: CONTRACT_NOT_ACTIVE otherwise. */
export function assertTakesCallOffs(contract: {
  contractNumber: string;
  status: SupplyContractStatus;
}): void {
  if (contract.status !== ACTIVE) throw ContractException.notActive(contract);
}

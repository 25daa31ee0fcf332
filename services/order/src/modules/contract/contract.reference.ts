import { batchedReference } from '@salesgraph/service-kit';
import type { ContractService } from './contract.service';

/** `_entities` for SupplyContract, filtered by the caller's access. */
export const contractReference = (contracts: ContractService) =>
  batchedReference('SupplyContract', (ids, context) => contracts.findVisible(context.command, ids));

/** GraphQL documents for the supply-contract tests. */
export const contractFields = `
  id contractNumber accountId ownerId status startDate endDate overrunPolicy noticeDays version
  commitments { productId price measure committed consumed remaining consumedQuantity consumedValue behindPace }
`;

export const createContract = `mutation($input: CreateContractInput!) { createContract(input: $input) { ${contractFields} } }`;
export const updateContract = `mutation($input: UpdateContractInput!) { updateContract(input: $input) { ${contractFields} } }`;
export const signContract = `mutation($contractId: ID!, $expectedVersion: Int!) {
  signContract(contractId: $contractId, expectedVersion: $expectedVersion) { ${contractFields} }
}`;
export const getContract = `query($id: ID!) { contract(id: $id) { ${contractFields} } }`;

export interface ContractView {
  id: string;
  contractNumber: string;
  status: string;
  version: number;
  ownerId: string;
  commitments: Array<{
    productId: string;
    measure: string;
    committed: string;
    consumed: string;
    remaining: string;
    consumedQuantity: string;
    consumedValue: string;
    behindPace: boolean | null;
  }>;
}

export function isoDay(offsetDays: number, from = new Date()): string {
  return new Date(from.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

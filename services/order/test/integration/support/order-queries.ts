/** GraphQL documents the integration tests share. */
export const orderFields = `
  id orderNumber accountId kind contractId status placedBy creditedTo version
  totalNet totalCost margin marginPercent contractOverrun cancellationReason
  lines { lineNumber productId sku quantity unitPrice discountPercent unitCost netAmount costAmount overrunQuantity overrunValue }
`;

export const createOrder = `mutation($input: CreateOrderInput!) { createOrder(input: $input) { ${orderFields} } }`;
export const createCallOff = `mutation($input: CreateCallOffInput!) { createCallOff(input: $input) { ${orderFields} } }`;
export const getOrder = `query($id: ID!) { order(id: $id) { ${orderFields} } }`;

export const move = (name: string) =>
  `mutation($orderId: ID!, $expectedVersion: Int!) { ${name}(orderId: $orderId, expectedVersion: $expectedVersion) { ${orderFields} } }`;

export const cancel = `mutation($orderId: ID!, $expectedVersion: Int!, $reason: String!) {
  cancelOrder(orderId: $orderId, expectedVersion: $expectedVersion, reason: $reason) { ${orderFields} }
}`;

export interface OrderView {
  id: string;
  orderNumber: string;
  status: string;
  version: number;
  creditedTo: string;
  totalNet: string;
  totalCost: string;
  margin: string;
  marginPercent: string | null;
  contractOverrun: boolean;
  lines: Array<{
    lineNumber: number;
    netAmount: string;
    costAmount: string;
    unitPrice: string;
    quantity: string;
    overrunQuantity: string | null;
    overrunValue: string | null;
  }>;
}

/** GraphQL documents the integration tests share. */
/** What every role that sees an order may read of it (reps see no costs or margins). */
export const orderFields = `
  id orderNumber accountId kind contractId status placedBy creditedTo version
  totalNet contractOverrun cancellationReason
  lines { lineNumber productId sku quantity unitPrice discountPercent netAmount overrunQuantity overrunValue }
`;

/** Costs and margins: for account managers, managers, coordinators and admins only. */
export const orderCostFields = `
  totalCost margin marginPercent lines { unitCost costAmount }
`;
export const getOrderCosts = `query($id: ID!) { order(id: $id) { ${orderCostFields} } }`;

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
  totalCost?: string;
  margin?: string;
  marginPercent?: string | null;
  contractOverrun: boolean;
  lines: Array<{
    lineNumber: number;
    netAmount: string;
    costAmount?: string;
    unitPrice: string;
    quantity: string;
    overrunQuantity: string | null;
    overrunValue: string | null;
  }>;
}

/** GraphQL documents of the price guard's approval step, and the walk through it. */
import type { AuthenticatedUser } from '@salesgraph/identity';
import { expectData } from '@salesgraph/testing';
import type { OrderSut } from './order-test-kit';

// What a seller reads of their request: not the unit cost, which only readers of costs see.
const sellersFields =
  'id status subjectType subjectId sellerId approverIds decidedBy decisionNote breaches { sku kind netUnitPrice discountPercent }';
const approvalFields = sellersFields.replace('netUnitPrice', 'netUnitPrice unitCost');
export const requestPriceApproval = `mutation($t: PriceApprovalSubject!, $id: ID!) { requestPriceApproval(subjectType: $t, subjectId: $id) { ${sellersFields} } }`;
export const requestPriceApprovalWithCost = `mutation($t: PriceApprovalSubject!, $id: ID!) { requestPriceApproval(subjectType: $t, subjectId: $id) { ${approvalFields} } }`;
export const approvePrices = `mutation($id: ID!, $note: String) { approvePrices(approvalId: $id, note: $note) { ${approvalFields} } }`;
export const rejectPrices = `mutation($id: ID!, $note: String) { rejectPrices(approvalId: $id, note: $note) { ${approvalFields} } }`;

export type ApprovalView = {
  id: string;
  status: string;
  approverIds: string[];
  breaches: Array<{ sku: string; kind: string; netUnitPrice: string; discountPercent: string }>;
};

/**
 * The seller asks for approval of an order's or contract's current terms and
 * their sales manager grants it; returns the approval as granted.
 */
export async function approvedBy(
  sut: OrderSut,
  seller: AuthenticatedUser,
  manager: AuthenticatedUser,
  subject: { type: 'ORDER' | 'CONTRACT'; id: string },
): Promise<ApprovalView> {
  const asked = expectData(
    await sut.query<{ requestPriceApproval: ApprovalView }>(seller, requestPriceApproval, {
      t: subject.type,
      id: subject.id,
    }),
  ).requestPriceApproval;
  return expectData(
    await sut.query<{ approvePrices: ApprovalView }>(manager, approvePrices, { id: asked.id }),
  ).approvePrices;
}

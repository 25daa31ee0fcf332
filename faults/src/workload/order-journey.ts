import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import type { SubgraphClient } from './subgraph-client';
import { transition } from './transition';

export interface FinishedOrder {
  orderId: string;
  status: string;
  totalNet: string;
}

interface OrderState {
  id: string;
  version: number;
  status: string;
  totalNet: string;
}

const ORDER = 'query($id: ID!) { order(id: $id) { id version status totalNet } }';
const TERMS = `query($id: ID!) { order(id: $id) { id version status
  lines { productId quantity discountPercent } priceApproval { id status approverIds } } }`;

interface OrderTerms {
  id: string;
  version: number;
  status: string;
  lines: Array<{ productId: string; quantity: string; discountPercent: string }>;
  priceApproval: { id: string; status: string; approverIds: string[] } | null;
}

/** Half off the list price: below the valve's cost and over any discount threshold, so it needs approval. */
const DEEP_DISCOUNT = '50';
const after: Record<string, string[]> = {
  PLACED: ['PLACED', 'CONFIRMED', 'FULFILLED', 'INVOICED', 'CANCELLED'],
  CONFIRMED: ['CONFIRMED', 'FULFILLED', 'INVOICED', 'CANCELLED'],
  FULFILLED: ['FULFILLED', 'INVOICED'],
  INVOICED: ['INVOICED'],
  CANCELLED: ['CANCELLED'],
};

/**
 * Order administration moves an order on, each move at the version it read:
 * DRAFT, placed, confirmed, then fulfilled and invoiced - or cancelled after
 * confirmation, which takes it out of booked revenue (and gives a call-off's
 * consumption back to its contract).
 */
export class OrderJourney {
  constructor(private readonly client: SubgraphClient) {}

  async complete(orderId: string, cancel: boolean, deadline: number): Promise<FinishedOrder> {
    let state = await this.read(orderId, deadline);
    const move = (field: string, target: string, extra = '') =>
      transition({
        what: `${field} ${orderId}`,
        deadline,
        attempt: () =>
          this.client.request(
            DemoUsers.coordinator,
            'order',
            `mutation($id: ID!, $v: Int!) { ${field}(orderId: $id, expectedVersion: $v${extra}) { id } }`,
            { id: orderId, v: state.version },
          ),
        isDone: async () =>
          after[target].includes((state = await this.read(orderId, deadline)).status),
      }).then(async () => {
        state = await this.read(orderId, deadline);
      });
    await move('placeOrder', 'PLACED');
    await move('confirmOrder', 'CONFIRMED');
    if (cancel)
      await move('cancelOrder', 'CANCELLED', ', reason: "customer withdrew (fault suite)"');
    else {
      await move('fulfilOrder', 'FULFILLED');
      await move('invoiceOrder', 'INVOICED');
    }
    return { orderId, status: state.status, totalNet: state.totalNet };
  }

  /**
   * The seller gives the draft a deep discount, asks their sales manager to
   * approve it (order.PriceApprovalRequested: the managers are notified),
   * and the manager approves (order.PriceApprovalDecided: the seller is).
   * Each step once, through crashes, like the moves of the order.
   */
  async approveDeepDiscount(
    orderId: string,
    seller: AuthenticatedUser,
    resolveUser: (id: string) => AuthenticatedUser,
    deadline: number,
  ): Promise<void> {
    let terms = await this.terms(orderId, deadline);
    const discounted = () =>
      terms.lines.every((l) => Number(l.discountPercent) === Number(DEEP_DISCOUNT));
    await transition({
      what: `discount ${orderId}`,
      deadline,
      attempt: () =>
        this.client.request(
          seller,
          'order',
          `mutation($input: UpdateDraftOrderInput!) { updateDraftOrder(input: $input) { id } }`,
          {
            input: {
              orderId,
              expectedVersion: terms.version,
              lines: terms.lines.map((l) => ({
                productId: l.productId,
                quantity: l.quantity,
                discountPercent: DEEP_DISCOUNT,
              })),
            },
          },
        ),
      isDone: async () =>
        discounted() || ((terms = await this.terms(orderId, deadline)), discounted()),
    });
    const waiting = () => ['PENDING', 'APPROVED'].includes(terms.priceApproval?.status ?? '');
    await transition({
      what: `request price approval of ${orderId}`,
      deadline,
      attempt: () =>
        this.client.request(
          seller,
          'order',
          'mutation($id: ID!) { requestPriceApproval(subjectType: ORDER, subjectId: $id) { id } }',
          { id: orderId },
        ),
      isDone: async () => ((terms = await this.terms(orderId, deadline)), waiting()),
    });
    terms = await this.terms(orderId, deadline);
    const approval = terms.priceApproval!;
    // A manager of the seller's team; an admin when the seller has none.
    const approver = approval.approverIds[0]
      ? resolveUser(approval.approverIds[0])
      : DemoUsers.admin;
    await transition({
      what: `approve prices of ${orderId}`,
      deadline,
      attempt: () =>
        this.client.request(
          approver,
          'order',
          'mutation($id: ID!) { approvePrices(approvalId: $id, note: "fault suite") { id } }',
          { id: approval.id },
        ),
      isDone: async () =>
        (terms = await this.terms(orderId, deadline)).priceApproval?.status === 'APPROVED',
    });
  }

  private async terms(orderId: string, deadline: number): Promise<OrderTerms> {
    return (
      await this.client.query<{ order: OrderTerms }>(
        DemoUsers.coordinator,
        'order',
        TERMS,
        { id: orderId },
        deadline,
      )
    ).order;
  }

  private async read(orderId: string, deadline: number): Promise<OrderState> {
    return (
      await this.client.query<{ order: OrderState }>(
        DemoUsers.coordinator,
        'order',
        ORDER,
        { id: orderId },
        deadline,
      )
    ).order;
  }
}

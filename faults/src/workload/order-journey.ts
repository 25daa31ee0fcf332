import { DemoUsers } from '@salesgraph/identity';
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

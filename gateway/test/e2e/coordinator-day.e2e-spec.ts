import { DemoAccounts, DemoProducts } from '@salesgraph/demo-data';
import { errorCode, waitFor } from '@salesgraph/testing';
import { asUser } from './support/e2e-client';
import { graph, orderAdminQueue } from './support/platform';

/**
 * A day in the life of a sales coordinator: the order queue shows what needs
 * action, orders move through confirmation, fulfilment and invoicing, and a
 * stale move is refused; order administration's own consumer app follows
 * along from the order events.
 */
describe('a sales coordinator moves orders through the queue', () => {
  it('confirms, fulfils and invoices a placed order; a stale or illegal move is refused', async () => {
    const created = await graph<{
      createOrder: { id: string; version: number; orderNumber: string };
    }>(
      'rep2',
      'mutation($a: ID!, $p: ID!) { createOrder(input: { accountId: $a, lines: [{ productId: $p, quantity: "2" }] }) { id version orderNumber } }',
      { a: DemoAccounts.hooli.id, p: DemoProducts.pump.id },
    );
    const id = created.createOrder.id;
    const placed = await graph<{ placeOrder: { version: number } }>(
      'rep2',
      'mutation($id: ID!, $v: Int!) { placeOrder(orderId: $id, expectedVersion: $v) { version } }',
      { id, v: created.createOrder.version },
    );

    const queue = await graph<{
      orderQueue: {
        action: string;
        entries: Array<{ order: { id: string }; overdue: boolean; ageMinutes: number }>;
      };
    }>(
      'coordinator',
      '{ orderQueue(status: PLACED) { action entries { order { id } overdue ageMinutes } } }',
    );
    expect(queue.orderQueue.action).toEqual(expect.any(String));
    expect(queue.orderQueue.entries.find((e) => e.order.id === id)).toMatchObject({
      overdue: false,
    });
    await waitFor(
      async () =>
        (await orderAdminQueue()).entries.some((e) => e.orderId === id && e.status === 'PLACED'),
      {
        what: 'the order-admin app to queue the placed order',
      },
    );

    const move = (mutation: string, version: number) =>
      asUser<Record<string, { version: number; status: string }>>(
        'coordinator',
        `mutation($id: ID!, $v: Int!) { ${mutation}(orderId: $id, expectedVersion: $v) { version status } }`,
        { id, v: version },
      );
    const confirmed = (await move('confirmOrder', placed.placeOrder.version)).data!.confirmOrder;
    expect(confirmed.status).toBe('CONFIRMED');

    const stale = await move('fulfilOrder', placed.placeOrder.version);
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toMatch(/first/);

    const fulfilled = (await move('fulfilOrder', confirmed.version)).data!.fulfilOrder;
    const invoiced = (await move('invoiceOrder', fulfilled.version)).data!.invoiceOrder;
    expect(invoiced.status).toBe('INVOICED');
    const again = await move('confirmOrder', invoiced.version);
    expect(errorCode(again)).toBe('INVALID_TRANSITION');

    const history = await graph<{
      order: { history: Array<{ eventType: string; actorId: string | null }> };
    }>('coordinator', 'query($id: ID!) { order(id: $id) { history { eventType actorId } } }', {
      id,
    });
    expect(history.order.history.map((h) => h.eventType)).toEqual([
      'order.OrderDrafted.v1',
      'order.OrderPlaced.v1',
      'order.OrderConfirmed.v1',
      'order.OrderFulfilled.v1',
      'order.OrderInvoiced.v1',
    ]);
    expect(history.order.history.slice(2).every((h) => h.actorId === 'u-coord-cole')).toBe(true);
    await waitFor(async () => !(await orderAdminQueue()).entries.some((e) => e.orderId === id), {
      what: 'the invoiced order to leave the order-admin queue',
    });
  });

  it('may not place or confirm orders outside the coordinator’s remit: a rep cannot confirm', async () => {
    const created = await graph<{ createOrder: { id: string; version: number } }>(
      'rep',
      'mutation($a: ID!, $p: ID!) { createOrder(input: { accountId: $a, lines: [{ productId: $p, quantity: "1" }] }) { id version } }',
      { a: DemoAccounts.umbrella.id, p: DemoProducts.valve.id },
    );
    const placed = await graph<{ placeOrder: { version: number } }>(
      'rep',
      'mutation($id: ID!, $v: Int!) { placeOrder(orderId: $id, expectedVersion: $v) { version } }',
      { id: created.createOrder.id, v: created.createOrder.version },
    );
    const byRep = await asUser(
      'rep',
      'mutation($id: ID!, $v: Int!) { confirmOrder(orderId: $id, expectedVersion: $v) { status } }',
      { id: created.createOrder.id, v: placed.placeOrder.version },
    );
    expect(errorCode(byRep)).toBe('FORBIDDEN');
  });
});

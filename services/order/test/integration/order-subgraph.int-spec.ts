import { OrderConfirmed, OrderPlaced, Topics } from '@salesgraph/events';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import type { MessageBroker } from '@salesgraph/messaging';
import { systemClock, userCommand } from '@salesgraph/service-kit';
import { collectMessages, errorCode, expectData, testBroker, waitFor } from '@salesgraph/testing';
import { ContractDrawdown } from '../../src/modules/contract/contract-drawdown';
import { OrderWorkflowService } from '../../src/modules/order/order-workflow.service';
import type { OrderService } from '../../src/modules/order/order.service';
import { orderService } from '../../src/service-definition';
import {
  cancel,
  createOrder,
  getOrder,
  getOrderCosts,
  move,
  type OrderView,
} from './support/order-queries';
import {
  createProducts,
  outboxEvents,
  seedDirectories,
  startOrderService,
  type OrderSut,
} from './support/order-test-kit';
import { approvedBy } from './support/price-approval-queries';

const ritasAccount = 'a1000000-0000-4000-8000-000000000001';
const rajsAccount = 'a1000000-0000-4000-8000-000000000002';
const rosasAccount = 'a1000000-0000-4000-8000-000000000003';
const northTeam = '7a1f3c2e-0000-4000-8000-0000000000a1';
const { rep, rep2, manager, coordinator, admin } = DemoUsers;
const coordinator2 = { ...coordinator, id: 'u-coord-cora', name: 'Cora Coordinator' };

describe('order subgraph: ad hoc orders and order administration', () => {
  let sut: OrderSut;
  let broker: MessageBroker;
  let products: Record<string, string>;

  beforeAll(async () => {
    sut = await startOrderService('order');
    broker = testBroker();
    await seedDirectories(
      sut,
      broker,
      [
        { id: ritasAccount, ownerId: rep.id },
        { id: rajsAccount, ownerId: rep2.id },
      ],
      [{ id: northTeam, managerId: manager.id, members: [rep.id] }],
    );
    products = await createProducts(sut, admin, [
      { sku: 'AWK-1999', listPrice: '19.99', unitCost: '7.33' },
      { sku: 'AWK-0125', listPrice: '0.13', unitCost: '0.04' },
      { sku: 'AWK-2499', listPrice: '249.90', unitCost: '131.45' },
    ]);
  });
  afterAll(async () => {
    await broker?.disconnect();
    await sut?.stop();
  });

  async function draft(
    lines: Array<Record<string, string>>,
    user: AuthenticatedUser = rep,
    accountId = ritasAccount,
  ) {
    return sut.query<{ createOrder: OrderView }>(user, createOrder, {
      input: { accountId, lines },
    });
  }

  it('computes totals and margin exactly, to the cent, on awkward prices and discounts', async () => {
    const order = expectData(
      await draft([
        // 3 x 19.99 x 0.875 = 52.47375 -> 52.47; cost 3 x 7.33 = 21.99
        { productId: products['AWK-1999'], quantity: '3', discountPercent: '12.5' },
        // 1 x 0.125 = 0.125 -> 0.13 (half-up); cost 0.04
        { productId: products['AWK-0125'], quantity: '1', unitPrice: '0.125' },
        // 7 x 249.90 x 0.6667 = 1166.25831 -> 1166.26; cost 7 x 131.45 = 920.15
        { productId: products['AWK-2499'], quantity: '7', discountPercent: '33.33' },
        // 0.333 x 0.10 = 0.0333 -> 0.03; 0.333 x 0.04 = 0.01332 -> 0.01
        { productId: products['AWK-0125'], quantity: '0.333', unitPrice: '0.10' },
      ]),
    ).createOrder;
    expect(order).toMatchObject({ status: 'DRAFT', version: 1, creditedTo: rep.id });
    expect(order.lines.map((l) => l.netAmount)).toEqual(['52.47', '0.13', '1166.26', '0.03']);
    expect(order.totalNet).toBe('1218.89');
    // Costs and margins are for coordinators (and managers, account managers, admins), not the rep.
    const refused = await sut.query(rep, getOrderCosts, { id: order.id });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(JSON.stringify(refused.data ?? null)).not.toContain('942.19');
    const costs = expectData(
      await sut.query<{
        order: Required<Pick<OrderView, 'totalCost' | 'margin' | 'marginPercent'>> & {
          lines: Array<{ costAmount: string }>;
        };
      }>(coordinator, getOrderCosts, { id: order.id }),
    ).order;
    expect(costs.lines.map((l) => l.costAmount)).toEqual(['21.99', '0.04', '920.15', '0.01']);
    expect(costs).toMatchObject({
      totalCost: '942.19',
      margin: '276.70',
      marginPercent: '22.70',
    });

    // Discounts this deep wait for the rep's sales manager; approval leaves the draft as it is.
    const placing = await sut.query(rep, move('placeOrder'), {
      orderId: order.id,
      expectedVersion: 1,
    });
    expect(errorCode(placing)).toBe('PRICE_APPROVAL_REQUIRED');
    expect(await approvedBy(sut, rep, manager, { type: 'ORDER', id: order.id })).toMatchObject({
      status: 'APPROVED',
    });

    // Placing publishes the same numbers to the other services.
    const collector = await collectMessages(broker, `${sut.topicPrefix}${Topics.order}`);
    try {
      const placed = expectData(
        await sut.query<{ placeOrder: OrderView }>(rep, move('placeOrder'), {
          orderId: order.id,
          expectedVersion: 1,
        }),
      ).placeOrder;
      expect(placed).toMatchObject({ status: 'PLACED', version: 2, totalNet: '1218.89' });
      const message = await waitFor(
        () =>
          collector.messages.find(
            (m) => m.key === order.id && m.headers.ce_type === OrderPlaced.type,
          ),
        { what: 'OrderPlaced on the order topic' },
      );
      const envelope = JSON.parse(message.value!.toString());
      expect(envelope.data.order).toMatchObject({
        orderNumber: order.orderNumber,
        status: 'PLACED',
        creditedTo: rep.id,
        totalNet: '1218.89',
        totalCost: '942.19',
        margin: '276.70',
        revision: 2,
      });
      expect(envelope.data.order.lines[1]).toMatchObject({ unitPrice: '0.125', netAmount: '0.13' });
    } finally {
      await collector.close();
    }
  });

  it('lets exactly one of two concurrent confirmations win; the other gets CONFLICT', async () => {
    const order = expectData(
      await draft([{ productId: products['AWK-1999'], quantity: '2' }]),
    ).createOrder;
    expectData(await sut.query(rep, move('placeOrder'), { orderId: order.id, expectedVersion: 1 }));

    const attempts = await Promise.all(
      [coordinator, coordinator2].map((who) =>
        sut.query<{ confirmOrder: OrderView }>(who, move('confirmOrder'), {
          orderId: order.id,
          expectedVersion: 2,
        }),
      ),
    );
    const winners = attempts.filter((r) => r.data?.confirmOrder);
    const losers = attempts.filter((r) => r.errors?.length);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(errorCode(losers[0])).toBe('CONFLICT');
    expect(losers[0].errors![0].message).toMatch(
      new RegExp(`Someone else changed order ${order.orderNumber} first`),
    );
    expect(losers[0].errors![0].extensions).toMatchObject({
      expectedVersion: 2,
      currentVersion: 3,
      currentStatus: 'CONFIRMED',
    });
    const confirmations = (await outboxEvents(sut, order.id)).filter(
      (e) => e.type === OrderConfirmed.type,
    );
    expect(confirmations).toHaveLength(1);
  });

  it('decides by the conditional UPDATE when both confirmations read the same version', async () => {
    const order = expectData(
      await draft([{ productId: products['AWK-1999'], quantity: '5' }]),
    ).createOrder;
    expectData(await sut.query(rep, move('placeOrder'), { orderId: order.id, expectedVersion: 1 }));
    // Both transactions load the order (version 2) before either writes: the version check
    // before the write passes for both, and only the database's conditional UPDATE can decide.
    const c = orderService.components(sut.service.deps);
    let loaded = 0;
    let bothLoaded: () => void = () => undefined;
    const barrier = new Promise<void>((resolve) => (bothLoaded = resolve));
    const orders = Object.create(c.orders) as OrderService;
    orders.loadForChange = async (...args) => {
      const found = await c.orders.loadForChange(...args);
      if (++loaded === 2) bothLoaded();
      await barrier;
      return found;
    };
    const workflow = new OrderWorkflowService(
      sut.service.deps.dataSource,
      sut.service.deps.outbox,
      orders,
      new ContractDrawdown(),
      c.priceApprovals,
    );
    const command = (user: AuthenticatedUser) =>
      userCommand(user, { correlationId: `race-${user.id}`, clock: systemClock });
    const results = await Promise.allSettled(
      [coordinator, coordinator2].map((who) => workflow.move(command(who), 'confirm', order.id, 2)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [lost] = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(lost.reason).toMatchObject({ code: 'CONFLICT' });
    expect(lost.reason.message).toContain('you saw version 2, it is now at version 3 (CONFIRMED)');
    const events = await outboxEvents(sut, order.id);
    expect(events.filter((e) => e.type === OrderConfirmed.type)).toHaveLength(1);
  });

  it('walks an order to INVOICED and refuses illegal moves with clear errors', async () => {
    const order = expectData(
      await draft([{ productId: products['AWK-2499'], quantity: '1' }]),
    ).createOrder;
    const attempt = (
      user: AuthenticatedUser,
      mutation: string,
      version: number,
      more: Record<string, string> = {},
    ) =>
      sut.query<Record<string, OrderView>>(user, mutation, {
        orderId: order.id,
        expectedVersion: version,
        ...more,
      });
    const step = async (user: AuthenticatedUser, name: string, version: number) =>
      expectData(await attempt(user, move(name), version))[name];

    const early = await attempt(coordinator, move('confirmOrder'), 1);
    expect(errorCode(early)).toBe('INVALID_TRANSITION');
    expect(early.errors![0].message).toBe(
      `Order ${order.orderNumber} cannot go from DRAFT to CONFIRMED. A draft must be placed first.`,
    );
    expect(errorCode(await attempt(rep, move('confirmOrder'), 1))).toBe('FORBIDDEN');

    expect((await step(rep, 'placeOrder', 1)).status).toBe('PLACED');
    expect((await step(coordinator, 'confirmOrder', 2)).status).toBe('CONFIRMED');
    const sellerCancel = await attempt(rep, cancel, 3, { reason: 'customer changed their mind' });
    expect(errorCode(sellerCancel)).toBe('FORBIDDEN');
    expect((await step(coordinator, 'fulfilOrder', 3)).status).toBe('FULFILLED');
    const lateCancel = await attempt(coordinator, cancel, 4, { reason: 'too late' });
    expect(errorCode(lateCancel)).toBe('INVALID_TRANSITION');
    expect(lateCancel.errors![0].message).toContain('it can no longer be cancelled');
    expect((await step(coordinator, 'invoiceOrder', 4)).status).toBe('INVOICED');
    // A stale version is a conflict, whatever the move.
    const stale = await attempt(coordinator, move('invoiceOrder'), 4);
    expect(errorCode(stale)).toBe('CONFLICT');

    const history = expectData(
      await sut.query<{ order: { history: Array<{ eventType: string; actorId: string }> } }>(
        coordinator,
        'query($id: ID!) { order(id: $id) { history { eventType actorId } } }',
        { id: order.id },
      ),
    ).order.history;
    expect(history.map((h) => h.eventType)).toEqual([
      'order.OrderDrafted.v1',
      'order.OrderPlaced.v1',
      'order.OrderConfirmed.v1',
      'order.OrderFulfilled.v1',
      'order.OrderInvoiced.v1',
    ]);
    expect(history[2].actorId).toBe(coordinator.id);
  });

  it('cancels with a reason and keeps it', async () => {
    const order = expectData(
      await draft([{ productId: products['AWK-1999'], quantity: '1' }]),
    ).createOrder;
    expectData(await sut.query(rep, move('placeOrder'), { orderId: order.id, expectedVersion: 1 }));
    const noReason = await sut.query(rep, cancel, {
      orderId: order.id,
      expectedVersion: 2,
      reason: '',
    });
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    const cancelled = expectData(
      await sut.query<{ cancelOrder: OrderView & { cancellationReason: string } }>(rep, cancel, {
        orderId: order.id,
        expectedVersion: 2,
        reason: 'duplicate of an earlier order',
      }),
    ).cancelOrder;
    expect(cancelled).toMatchObject({
      status: 'CANCELLED',
      cancellationReason: 'duplicate of an earlier order',
    });
    const [, , event] = await outboxEvents(sut, order.id);
    expect(event).toMatchObject({
      type: 'order.OrderCancelled.v1',
      data: { previousStatus: 'PLACED', reason: 'duplicate of an earlier order' },
    });
  });

  it('shows orders to the rep of the account, their manager and coordinators only', async () => {
    const order = expectData(
      await draft([{ productId: products['AWK-1999'], quantity: '1' }]),
    ).createOrder;
    for (const who of [rep, manager, coordinator])
      expect(
        expectData(await sut.query<{ order: OrderView }>(who, getOrder, { id: order.id })).order.id,
      ).toBe(order.id);
    expect(errorCode(await sut.query(rep2, getOrder, { id: order.id }))).toBe('NOT_FOUND');
    const entities = await sut.query<{ _entities: unknown[] }>(
      rep2,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id totalNet } } }',
      { r: [{ __typename: 'Order', id: order.id }] },
    );
    expect(expectData(entities)._entities).toEqual([null]);
    const rajsOrders = expectData(
      await sut.query<{ orders: OrderView[] }>(rep2, '{ orders { id } }'),
    ).orders;
    expect(rajsOrders.find((o) => o.id === order.id)).toBeUndefined();
  });

  it('refuses orders for accounts the rep does not own or the service does not know', async () => {
    const other = await draft(
      [{ productId: products['AWK-1999'], quantity: '1' }],
      rep,
      rajsAccount,
    );
    expect(errorCode(other)).toBe('FORBIDDEN');
    expect(other.errors![0].message).toContain('You may only order for accounts you own');
    const unknown = await draft(
      [{ productId: products['AWK-1999'], quantity: '1' }],
      rep,
      'a1000000-0000-4000-8000-0000000000ff',
    );
    expect(errorCode(unknown)).toBe('ACCOUNT_UNKNOWN');
  });

  it('refuses bad input with BAD_USER_INPUT and writes nothing', async () => {
    const before = await sut.service.deps.dataSource.query(
      'SELECT count(*)::int AS n FROM sales_order',
    );
    const cases: Array<Record<string, string>> = [
      { productId: products['AWK-1999'], quantity: '-1' },
      { productId: products['AWK-1999'], quantity: '0' },
      { productId: products['AWK-1999'], quantity: '1', discountPercent: '150' },
      { productId: products['AWK-1999'], quantity: '1', unitPrice: '1.23456' },
      { productId: 'not-a-uuid', quantity: '1' },
    ];
    for (const line of cases) expect(errorCode(await draft([line]))).toBe('BAD_USER_INPUT');
    expect(errorCode(await draft([{ productId: products['AWK-1999'], quantity: 'abc' }]))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await sut.query(rep, getOrder, { id: 'SO-000001' }))).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await sut.query(coordinator, move('confirmOrder'), { orderId: 'x', expectedVersion: 1 }),
      ),
    ).toBe('BAD_USER_INPUT');
    const strange = await sut.query<{ _entities: unknown[] }>(
      coordinator,
      `query($r: [_Any!]!) { _entities(representations: $r) {
         ... on Account { orders { id } contracts { id } revenue { booked } }
         ... on Order { id } ... on Product { id } ... on SupplyContract { id } } }`,
      {
        r: [
          { __typename: 'Account', id: 'not-a-uuid' },
          { __typename: 'Order', id: 'SO-1' },
          { __typename: 'Product', id: 'VAL-100' },
          { __typename: 'SupplyContract', id: '1' },
        ],
      },
    );
    expect(expectData(strange)._entities).toEqual([
      { orders: [], contracts: [], revenue: null },
      null,
      null,
      null,
    ]);
    const after = await sut.service.deps.dataSource.query(
      'SELECT count(*)::int AS n FROM sales_order',
    );
    expect(after[0].n).toBe(before[0].n);
  });

  it('queues orders per status with their age against the service level', async () => {
    const order = expectData(
      await draft([{ productId: products['AWK-1999'], quantity: '4' }]),
    ).createOrder;
    expectData(await sut.query(rep, move('placeOrder'), { orderId: order.id, expectedVersion: 1 }));
    // An order placed a week ago is long past "confirm within 1 business day".
    await sut.service.deps.dataSource.query(
      `UPDATE sales_order SET status_changed_at = now() - interval '7 days' WHERE id = $1`,
      [order.id],
    );
    const queue = expectData(
      await sut.query<{
        orderQueue: {
          action: string;
          total: number;
          overdue: number;
          entries: Array<{ order: { id: string }; overdue: boolean; ageMinutes: number }>;
        };
      }>(
        coordinator,
        '{ orderQueue(status: PLACED) { action total overdue entries { order { id } overdue ageMinutes } } }',
      ),
    ).orderQueue;
    expect(queue.action).toBe('CONFIRM');
    expect(queue.entries[0]).toMatchObject({ order: { id: order.id }, overdue: true });
    expect(queue.entries[0].ageMinutes).toBeGreaterThanOrEqual(7 * 24 * 60);
    expect(queue.overdue).toBeGreaterThanOrEqual(1);
    expect(queue.total).toBeGreaterThanOrEqual(queue.overdue);
    expect(
      errorCode(await sut.query(coordinator, '{ orderQueue(status: INVOICED) { total } }')),
    ).toBe('BAD_USER_INPUT');
  });

  it('adds orders and revenue to Account and orders to the user', async () => {
    // An account of its own, so that the figures depend on this test only.
    const rosa = DemoUsers.rep3;
    await seedDirectories(sut, broker, [{ id: rosasAccount, ownerId: rosa.id }]);
    const walk = async (lines: Array<Record<string, string>>, moves: string[]) => {
      let order = expectData(await draft(lines, rosa, rosasAccount)).createOrder;
      for (const name of moves) {
        const who = name === 'placeOrder' ? rosa : coordinator;
        const variables = { orderId: order.id, expectedVersion: order.version };
        order = expectData(
          await sut.query<Record<string, OrderView>>(
            who,
            name === 'cancelOrder' ? cancel : move(name),
            name === 'cancelOrder' ? { ...variables, reason: 'not needed after all' } : variables,
          ),
        )[name];
      }
      return order;
    };
    const confirmOnly = ['placeOrder', 'confirmOrder'];
    const all = [...confirmOnly, 'fulfilOrder', 'invoiceOrder'];
    // booked: 2 x 19.99 = 39.98 (margin 25.32) and 249.90 (margin 118.45); invoiced: 249.90
    await walk([{ productId: products['AWK-1999'], quantity: '2' }], confirmOnly);
    await walk([{ productId: products['AWK-2499'], quantity: '1' }], all);
    // not booked: placed only, cancelled after confirmation, a draft
    await walk([{ productId: products['AWK-2499'], quantity: '9' }], ['placeOrder']);
    await walk(
      [{ productId: products['AWK-2499'], quantity: '9' }],
      [...confirmOnly, 'cancelOrder'],
    );
    await walk([{ productId: products['AWK-2499'], quantity: '9' }], []);

    const account = await sut.query<{
      _entities: Array<{
        orders: Array<{ id: string; status: string }>;
        revenue: { booked: string; invoiced: string; bookedOrders: number } | null;
      } | null>;
    }>(
      rosa,
      `query($r: [_Any!]!) { _entities(representations: $r) {
         ... on Account { orders(limit: 200) { id status } revenue { booked invoiced bookedOrders } } } }`,
      { r: [{ __typename: 'Account', id: rosasAccount }] },
    );
    // The margin is for the people accountable for it, not the rep.
    const marginOf = (who: AuthenticatedUser) =>
      sut.query<{ _entities: Array<{ revenue: { margin: string } | null } | null> }>(
        who,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Account { revenue { margin } } } }`,
        { r: [{ __typename: 'Account', id: rosasAccount }] },
      );
    expect(errorCode(await marginOf(rosa))).toBe('FORBIDDEN');
    expect(expectData(await marginOf(admin))._entities[0]?.revenue?.margin).toBe('143.77');
    const [view] = expectData(account)._entities;
    expect(view!.orders.map((o) => o.status).sort()).toEqual([
      'CANCELLED',
      'CONFIRMED',
      'DRAFT',
      'INVOICED',
      'PLACED',
    ]);
    expect(view!.revenue).toEqual({
      booked: '289.88',
      invoiced: '249.90',
      bookedOrders: 2,
    });
    const lastYear = await sut.query<{ _entities: Array<{ revenue: { booked: string } }> }>(
      rosa,
      `query($r: [_Any!]!) { _entities(representations: $r) {
         ... on Account { revenue(from: "2020-01-01", to: "2020-12-31") { booked } } } }`,
      { r: [{ __typename: 'Account', id: rosasAccount }] },
    );
    expect(expectData(lastYear)._entities[0].revenue.booked).toBe('0.00');
    const hidden = await sut.query<{ _entities: Array<{ revenue: unknown } | null> }>(
      rep2,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Account { revenue { booked } } } }',
      { r: [{ __typename: 'Account', id: rosasAccount }] },
    );
    expect(expectData(hidden)._entities[0]!.revenue).toBeNull();

    const me = expectData(
      await sut.query<{ me: { orders: Array<{ id: string }> } }>(
        rosa,
        '{ me { orders(limit: 200) { id } } }',
      ),
    ).me;
    expect(me.orders.map((o) => o.id).sort()).toEqual(view!.orders.map((o) => o.id).sort());
  });
});

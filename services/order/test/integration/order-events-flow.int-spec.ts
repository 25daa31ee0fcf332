import {
  OpportunityWon,
  OrderCancelled,
  OrderConfirmed,
  OrderPlaced,
  ProductChanged,
  Topics,
  type Envelope,
} from '@salesgraph/events';
import { DemoUsers } from '@salesgraph/identity';
import {
  EventSubscriber,
  on,
  silentLogger,
  TopicNamespace,
  type IncomingMessage,
  type MessageBroker,
} from '@salesgraph/messaging';
import { createDataSource, migrate } from '@salesgraph/service-kit';
import {
  collectMessages,
  createTestDatabase,
  expectData,
  stillTrueAfter,
  testBroker,
  waitFor,
  type TestDatabase,
} from '@salesgraph/testing';
import type { DataSource } from 'typeorm';
import { cancel, createOrder, move, type OrderView } from './support/order-queries';
import {
  createProducts,
  outboxEvents,
  publish,
  seedDirectories,
  startOrderService,
  type OrderSut,
} from './support/order-test-kit';

const account = 'a3000000-0000-4000-8000-000000000001';
const { rep, coordinator, admin } = DemoUsers;

/**
 * Order events leave the order service through its outbox and reach another
 * service's consumer (an EventSubscriber with its own group and database,
 * standing for planning or account). The order-admin app, which reads the
 * same topic, is tested in its own workspace (services/order-admin) and, with
 * this service, end to end.
 */
describe('order events reach other services', () => {
  let sut: OrderSut;
  let broker: MessageBroker;
  let otherDatabase: TestDatabase;
  let otherDataSource: DataSource;
  let other: EventSubscriber;
  const seenByOther: Envelope[] = [];
  /** Every message the other consumer finished, with what it did: handled, duplicate, ignored... */
  const processedByOther: Array<{ id: string; outcome: string }> = [];
  let productId: string;

  beforeAll(async () => {
    sut = await startOrderService('orderevents');
    broker = testBroker();
    await seedDirectories(sut, broker, [{ id: account, ownerId: rep.id }]);
    productId = (
      await createProducts(sut, admin, [{ sku: 'EVT-1', listPrice: '10.00', unitCost: '4.00' }])
    )['EVT-1'];

    otherDatabase = await createTestDatabase('orderevents_other');
    otherDataSource = createDataSource({
      url: otherDatabase.url,
      entities: [],
      migrations: [],
      applicationName: 'order-events-other',
    });
    await otherDataSource.initialize();
    await migrate(otherDataSource);
    const record = async (event: Envelope) => void seenByOther.push(event);
    other = new EventSubscriber({
      groupId: 'planning.order-events-test',
      topics: [Topics.order],
      handlers: [on(OrderPlaced, record), on(OrderConfirmed, record), on(OrderCancelled, record)],
      broker,
      dataSource: otherDataSource,
      namespace: new TopicNamespace(sut.topicPrefix),
      deadLetterProducer: broker.producer(),
      logger: silentLogger,
      serviceName: 'planning',
    });
    const process = other.process.bind(other);
    other.process = async (message: IncomingMessage) => {
      const outcome = await process(message);
      processedByOther.push({ id: JSON.parse(message.value!.toString()).id, outcome });
      return outcome;
    };
    await other.start();
  });

  afterAll(async () => {
    await other?.stop();
    await otherDataSource?.destroy();
    await otherDatabase?.drop();
    await broker?.disconnect();
    await sut?.stop();
  });

  async function placedOrder(): Promise<OrderView> {
    const draft = expectData(
      await sut.query<{ createOrder: OrderView }>(rep, createOrder, {
        input: { accountId: account, lines: [{ productId, quantity: '3' }] },
      }),
    ).createOrder;
    return expectData(
      await sut.query<{ placeOrder: OrderView }>(rep, move('placeOrder'), {
        orderId: draft.id,
        expectedVersion: 1,
      }),
    ).placeOrder;
  }

  it('another service sees every order event of a flow, each once', async () => {
    const toConfirm = await placedOrder();
    const toFulfil = await placedOrder();
    expectData(
      await sut.query(coordinator, move('confirmOrder'), {
        orderId: toFulfil.id,
        expectedVersion: 2,
      }),
    );
    const withdrawn = await placedOrder();
    expectData(
      await sut.query(rep, cancel, {
        orderId: withdrawn.id,
        expectedVersion: 2,
        reason: 'ordered twice',
      }),
    );

    // Five business events: three placed, one confirmed, one cancelled.
    const ours = new Set([toConfirm.id, toFulfil.id, withdrawn.id]);
    const events = await waitFor(
      () => {
        const found = seenByOther.filter((e) =>
          ours.has((e.data as { order: { orderId: string } }).order.orderId),
        );
        return found.length === 5 ? found : undefined;
      },
      { what: 'the other service to see five order events' },
    );
    expect(events.map((e) => [e.subject, e.type]).sort()).toEqual(
      [
        [toConfirm.id, OrderPlaced.type],
        [toFulfil.id, OrderPlaced.type],
        [toFulfil.id, OrderConfirmed.type],
        [withdrawn.id, OrderPlaced.type],
        [withdrawn.id, OrderCancelled.type],
      ].sort(),
    );
    expect(new Set(events.map((e) => e.id)).size).toBe(5);
  });

  it('ignores a redelivered event', async () => {
    const order = await placedOrder();
    const collector = await collectMessages(broker, `${sut.topicPrefix}${Topics.order}`);
    try {
      const original = await waitFor(
        () =>
          collector.messages.find(
            (m) => m.key === order.id && m.headers.ce_type === OrderPlaced.type,
          ),
        { what: 'OrderPlaced' },
      );
      const originalId = JSON.parse(original.value!.toString()).id;
      await waitFor(() => seenByOther.some((e) => e.subject === order.id), {
        what: 'the first delivery',
      });
      const producer = broker.producer();
      await producer.send(original.topic, [
        { key: original.key!, value: original.value!, headers: original.headers },
      ]);
      await producer.disconnect();
      await waitFor(
        () => processedByOther.some((p) => p.id === originalId && p.outcome === 'duplicate'),
        { what: 'the redelivery to reach the other service' },
      );
      expect(
        await stillTrueAfter(
          1_000,
          () => seenByOther.filter((e) => e.subject === order.id).length === 1,
        ),
      ).toBe(true);
    } finally {
      await collector.close();
    }
  });

  it('passes over catalogue changes: nothing dead-lettered, nothing handled', async () => {
    const dlq = await collectMessages(broker, `${sut.topicPrefix}${Topics.order}.dlq`);
    try {
      expectData(
        await sut.query(
          admin,
          'mutation($i: UpdateProductInput!) { updateProduct(input: $i) { id } }',
          { i: { id: productId, name: 'Valve, renamed' } },
        ),
      );
      const [, changed] = await outboxEvents(sut, productId);
      expect(changed.type).toBe(ProductChanged.type);
      // The other consumer validated it against its contract and has no handler for it.
      const seen = await waitFor(() => processedByOther.find((p) => p.id === changed.id), {
        what: 'the other consumer to read ProductChanged',
      });
      expect(seen.outcome).toBe('ignored');
      expect(
        await stillTrueAfter(1_000, () => !dlq.messages.some((m) => m.key === productId)),
      ).toBe(true);
      expect(seenByOther.some((e) => e.subject === productId)).toBe(false);
    } finally {
      await dlq.close();
    }
  });

  it('turns a won opportunity with an account into a draft for its rep, and ignores one without', async () => {
    const lead = `${sut.topicPrefix}${Topics.lead}`;
    const won = {
      name: 'Valves for the new plant',
      ownerId: rep.id,
      stage: 'WON' as const,
      amount: '500.00',
      currency: 'EUR',
      probability: 100,
      productIds: [productId],
      wonAt: new Date().toISOString(),
    };
    const withAccount = 'e3000000-0000-4000-8000-000000000001';
    const withoutAccount = 'e3000000-0000-4000-8000-000000000002';
    await publish(broker, lead, OpportunityWon, {
      ...won,
      opportunityId: withAccount,
      accountId: account,
      lines: [
        { productId, quantity: 40, unitPrice: '9.50' },
        { productId: 'b9999999-0000-4000-8000-000000000099', quantity: 1 },
      ],
    });
    const withoutAccountEvent = await publish(broker, lead, OpportunityWon, {
      ...won,
      opportunityId: withoutAccount,
      lines: [],
    });

    const drafts = await waitFor(
      async () => {
        const { orders } = expectData(
          await sut.query<{ orders: Array<OrderView & { opportunityId: string | null }> }>(
            rep,
            '{ orders(filter: { status: DRAFT }, limit: 200) { id status creditedTo opportunityId totalNet lines { quantity unitPrice netAmount } } }',
          ),
        );
        const found = orders.filter((o) => o.opportunityId === withAccount);
        return found.length ? found : undefined;
      },
      { what: 'the draft order of the won opportunity' },
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({
      status: 'DRAFT',
      creditedTo: rep.id,
      totalNet: '380.00',
      lines: [{ quantity: '40', unitPrice: '9.50', netAmount: '380.00' }],
    });
    // On another partition than the first: handled once its inbox row is written, in the
    // transaction a draft would have been written in.
    await sut.eventHandled(withoutAccountEvent, undefined, { timeoutMs: 30_000 });
    const rows = await sut.service.deps.dataSource.query(
      'SELECT count(*)::int AS n FROM sales_order WHERE opportunity_id = $1',
      [withoutAccount],
    );
    expect(rows[0].n).toBe(0);
  });
});

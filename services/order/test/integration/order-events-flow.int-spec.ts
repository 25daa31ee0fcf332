import {
  createEnvelope,
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
  type MessageBroker,
} from '@salesgraph/messaging';
import { createDataSource, migrate } from '@salesgraph/service-kit';
import {
  collectMessages,
  createTestDatabase,
  expectData,
  startServiceUnderTest,
  stillTrueAfter,
  testBroker,
  testInfrastructure,
  waitFor,
  type ServiceUnderTest,
  type TestDatabase,
} from '@salesgraph/testing';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { loadOrderConfig, type OrderConfig } from '../../src/config';
import { loadOrderAdminConfig } from '../../src/order-admin/config';
import { startOrderAdminApp, type OrderAdminApp } from '../../src/order-admin/order-admin-app';
import type { QueueEntry } from '../../src/order-admin/order-admin-queue';
import { orderServiceDefinition } from '../../src/service-definition';
import { cancel, createOrder, move, type OrderView } from './support/order-queries';
import { createProducts, publish, seedDirectories } from './support/order-test-kit';

const account = 'a3000000-0000-4000-8000-000000000001';
const { rep, coordinator, admin } = DemoUsers;

/**
 * Order events leave the order service through its outbox and reach both the
 * order-admin consumer app (run in-process here) and another service's
 * consumer (an EventSubscriber with its own group and database, standing for
 * planning or account).
 */
describe('order events reach the order-admin consumer and other services', () => {
  let sut: ServiceUnderTest<OrderConfig>;
  let broker: MessageBroker;
  let orderAdmin: OrderAdminApp;
  let otherDatabase: TestDatabase;
  let otherDataSource: DataSource;
  let other: EventSubscriber;
  const seenByOther: Envelope[] = [];
  const seenByOrderAdmin: string[] = [];
  let productId: string;

  beforeAll(async () => {
    sut = await startServiceUnderTest({
      label: 'orderevents',
      loadConfig: loadOrderConfig,
      definition: orderServiceDefinition,
    });
    broker = testBroker();
    await seedDirectories(sut, broker, [{ id: account, ownerId: rep.id }]);
    productId = (
      await createProducts(sut, admin, [{ sku: 'EVT-1', listPrice: '10.00', unitCost: '4.00' }])
    )['EVT-1'];

    orderAdmin = await startOrderAdminApp(
      loadOrderAdminConfig({
        KAFKA_BROKERS: testInfrastructure().kafkaBrokers.join(','),
        KAFKA_TOPIC_PREFIX: sut.topicPrefix,
        PORT: '0',
        ORDER_ADMIN_GROUP_PREFIX: 'test-order-admin',
        ORDER_ADMIN_SUMMARY_INTERVAL_MS: '0',
      }),
      { logger: pino({ level: 'silent' }) },
    );
    const apply = orderAdmin.queue.apply.bind(orderAdmin.queue);
    orderAdmin.queue.apply = (event) => {
      seenByOrderAdmin.push(event.id);
      return apply(event);
    };

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
    await other.start();
  });

  afterAll(async () => {
    await other?.stop();
    await otherDataSource?.destroy();
    await otherDatabase?.drop();
    await orderAdmin?.stop();
    await broker?.disconnect();
    await sut?.stop();
  });

  const queueOf = async (query = ''): Promise<QueueEntry[]> =>
    ((await (await fetch(`${orderAdmin.url}/queue${query}`)).json()) as { entries: QueueEntry[] })
      .entries;

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

  it('both consumers see the same order events; the queue shows what needs action', async () => {
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

    const queue = await waitFor(
      async () => {
        const entries = await queueOf();
        const byId = new Map(entries.map((e) => [e.orderId, e]));
        return byId.get(toFulfil.id)?.action === 'FULFIL' &&
          byId.get(toConfirm.id)?.action === 'CONFIRM' &&
          !byId.has(withdrawn.id)
          ? entries
          : undefined;
      },
      { what: 'the order-admin queue to catch up', timeoutMs: 30_000 },
    );
    expect(queue.find((e) => e.orderId === toConfirm.id)).toMatchObject({
      orderNumber: toConfirm.orderNumber,
      status: 'PLACED',
      totalNet: '30.00',
      creditedTo: rep.id,
      overdue: false,
    });
    expect((await queueOf('?action=CONFIRM')).map((e) => e.orderId)).toContain(toConfirm.id);
    expect((await queueOf('?action=CONFIRM')).map((e) => e.orderId)).not.toContain(toFulfil.id);

    // Five business events: three placed, one confirmed, one cancelled.
    const ours = new Set([toConfirm.id, toFulfil.id, withdrawn.id]);
    const otherIds = await waitFor(
      () => {
        const ids = seenByOther
          .filter((e) => ours.has((e.data as { order: { orderId: string } }).order.orderId))
          .map((e) => e.id);
        return ids.length === 5 ? ids : undefined;
      },
      { what: 'the other service to see five order events' },
    );
    expect(seenByOrderAdmin).toEqual(expect.arrayContaining(otherIds));
  });

  it('ignores redelivered events in both consumers', async () => {
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
      await waitFor(() => seenByOther.some((e) => e.subject === order.id), {
        what: 'the first delivery',
      });
      const producer = broker.producer();
      await producer.send(original.topic, [
        { key: original.key!, value: original.value!, headers: original.headers },
      ]);
      await producer.disconnect();
      await waitFor(
        () =>
          seenByOrderAdmin.filter((id) => id === JSON.parse(original.value!.toString()).id)
            .length === 2,
        { what: 'the redelivery to reach order-admin' },
      );
      expect(
        await stillTrueAfter(
          1_000,
          () => seenByOther.filter((e) => e.subject === order.id).length === 1,
        ),
      ).toBe(true);
      expect((await queueOf()).filter((e) => e.orderId === order.id)).toHaveLength(1);
    } finally {
      await collector.close();
    }
  });

  it('sends an invalid order event to the dead-letter topic and carries on', async () => {
    const topic = `${sut.topicPrefix}${Topics.order}`;
    const dlq = await collectMessages(broker, `${topic}.dlq`);
    try {
      const valid = createEnvelope(
        OrderPlaced,
        {
          order: {
            orderId: 'd3000000-0000-4000-8000-000000000001',
            orderNumber: 'SO-X',
            accountId: account,
            kind: 'AD_HOC',
            status: 'PLACED',
            placedBy: rep.id,
            creditedTo: rep.id,
            currency: 'EUR',
            lines: [],
            totalNet: '1.00',
            totalCost: '1.00',
            margin: '0.00',
            countsAsBooked: false,
            revision: 2,
          },
          placedAt: new Date().toISOString(),
        },
        {
          source: 'salesgraph/order',
          correlationId: 'bad-event',
          actor: { type: 'service', id: 'order' },
        },
      );
      // A float where the contract wants a decimal string.
      const invalid = {
        ...valid,
        data: { ...valid.data, order: { ...valid.data.order, totalNet: 1.0 } },
      };
      const producer = broker.producer();
      await producer.send(topic, [{ key: valid.subject, value: JSON.stringify(invalid) }]);
      await producer.disconnect();

      const dead = await waitFor(
        () => dlq.messages.find((m) => m.headers['dlq-consumer']?.startsWith('test-order-admin')),
        { what: 'the order-admin consumer to dead-letter the event' },
      );
      expect(dead.headers['dlq-kind']).toBe('INVALID_DATA');
      expect(dead.headers['dlq-reason']).toContain('totalNet');
      expect((await queueOf()).find((e) => e.orderId === valid.data.order.orderId)).toBeUndefined();
      // ...and it goes on with the next events.
      const next = await placedOrder();
      await waitFor(async () => (await queueOf()).some((e) => e.orderId === next.id), {
        what: 'the next order in the queue',
      });
    } finally {
      await dlq.close();
    }
  });

  it('passes over catalogue changes in both consumers: nothing dead-lettered, nothing queued', async () => {
    const dlq = await collectMessages(broker, `${sut.topicPrefix}${Topics.order}.dlq`);
    try {
      expectData(
        await sut.query(
          admin,
          'mutation($i: UpdateProductInput!) { updateProduct(input: $i) { id } }',
          { i: { id: productId, name: 'Valve, renamed' } },
        ),
      );
      const [, changed]: Array<{ id: string; event_type: string }> =
        await sut.service.deps.dataSource.query(
          'SELECT id, event_type FROM outbox_message WHERE aggregate_id = $1 ORDER BY position',
          [productId],
        );
      expect(changed.event_type).toBe(ProductChanged.type);
      // order-admin validated it against its contract and handed it to the queue, which has nothing to do with it.
      await waitFor(() => seenByOrderAdmin.includes(changed.id), {
        what: 'the order-admin consumer to read ProductChanged',
      });
      expect(
        await stillTrueAfter(1_000, () => !dlq.messages.some((m) => m.key === productId)),
      ).toBe(true);
      expect(seenByOther.some((e) => e.subject === productId)).toBe(false);
      expect((await queueOf()).some((e) => e.orderId === productId)).toBe(false);
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
    await publish(broker, lead, OpportunityWon, {
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
    const none = await stillTrueAfter(1_000, async () => {
      const rows = await sut.service.deps.dataSource.query(
        'SELECT count(*)::int AS n FROM sales_order WHERE opportunity_id = $1',
        [withoutAccount],
      );
      return rows[0].n === 0;
    });
    expect(none).toBe(true);
  });

  it('answers its health checks', async () => {
    expect((await fetch(`${orderAdmin.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${orderAdmin.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ok',
      checks: { consumer: { ok: true }, kafka: { ok: true } },
    });
  });
});

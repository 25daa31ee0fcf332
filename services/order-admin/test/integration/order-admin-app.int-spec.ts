import {
  createEnvelope,
  OrderCancelled,
  OrderConfirmed,
  OrderPlaced,
  ProductChanged,
  Topics,
  type Envelope,
  type OrderSnapshot,
} from '@salesgraph/events';
import type { MessageBroker } from '@salesgraph/messaging';
import { createLogger } from '@salesgraph/service-kit';
import {
  collectMessages,
  stillTrueAfter,
  testBroker,
  testInfrastructure,
  testTopicPrefix,
  waitFor,
} from '@salesgraph/testing';
import { randomUUID } from 'node:crypto';
import { loadOrderAdminConfig } from '../../src/config';
import { startOrderAdminApp, type OrderAdminApp } from '../../src/order-admin-app';
import type { QueueEntry } from '../../src/order-admin-queue';

const account = 'a3000000-0000-4000-8000-000000000001';
const rep = 'u-rep-rita';
const context = {
  source: 'salesgraph/order',
  correlationId: 'order-admin-test',
  actor: { type: 'user' as const, id: rep },
};

function snapshot(orderId: string, status: OrderSnapshot['status'], revision: number) {
  return {
    orderId,
    orderNumber: `SO-${orderId.slice(-6)}`,
    accountId: account,
    kind: 'AD_HOC' as const,
    status,
    placedBy: rep,
    creditedTo: rep,
    currency: 'EUR',
    lines: [],
    totalNet: '30.00',
    totalCost: '12.00',
    margin: '18.00',
    countsAsBooked: ['CONFIRMED', 'FULFILLED', 'INVOICED'].includes(status),
    revision,
  };
}

/**
 * The order-admin app as a process would run it (in-process here): order
 * events on order.events.v1, published as the order service's relay does
 * (enveloped, keyed by the order), become the queue it serves over HTTP.
 */
describe('order-admin app', () => {
  const topicPrefix = testTopicPrefix('orderadmin');
  const topic = `${topicPrefix}${Topics.order}`;
  let broker: MessageBroker;
  let orderAdmin: OrderAdminApp;
  const seenByOrderAdmin: string[] = [];

  async function publish(...envelopes: Array<Envelope | Record<string, unknown>>): Promise<void> {
    const producer = broker.producer();
    await producer.send(
      topic,
      envelopes.map((e) => ({ key: String(e.subject), value: JSON.stringify(e) })),
    );
    await producer.disconnect();
  }

  const now = () => new Date().toISOString();
  const placed = (orderId: string) =>
    createEnvelope(
      OrderPlaced,
      { order: snapshot(orderId, 'PLACED', 2), placedAt: now() },
      context,
    );

  const queueOf = async (query = ''): Promise<QueueEntry[]> =>
    ((await (await fetch(`${orderAdmin.url}/queue${query}`)).json()) as { entries: QueueEntry[] })
      .entries;

  const orderAdminConfig = () =>
    loadOrderAdminConfig({
      KAFKA_BROKERS: testInfrastructure().kafkaBrokers.join(','),
      KAFKA_TOPIC_PREFIX: topicPrefix,
      PORT: '0',
      ORDER_ADMIN_GROUP_PREFIX: `test-order-admin.${topicPrefix.replace(/[^a-zA-Z0-9]/g, '')}`,
      ORDER_ADMIN_INSTANCE_ID: 'instance-1',
      ORDER_ADMIN_SUMMARY_INTERVAL_MS: '0',
    });

  beforeAll(async () => {
    broker = testBroker();
    orderAdmin = await startOrderAdminApp(orderAdminConfig(), {
      logger: createLogger('order-admin-test', 'silent'),
    });
    const apply = orderAdmin.queue.apply.bind(orderAdmin.queue);
    orderAdmin.queue.apply = (event) => {
      seenByOrderAdmin.push(event.id);
      return apply(event);
    };
  });

  afterAll(async () => {
    await orderAdmin?.stop();
    await broker?.disconnect();
  });

  it('shows what needs action: placed orders to confirm, confirmed to fulfil; cancelled ones leave', async () => {
    const [toConfirm, toFulfil, withdrawn] = [randomUUID(), randomUUID(), randomUUID()];
    await publish(
      placed(toConfirm),
      placed(toFulfil),
      createEnvelope(
        OrderConfirmed,
        { order: snapshot(toFulfil, 'CONFIRMED', 3), confirmedAt: now() },
        context,
      ),
      placed(withdrawn),
      createEnvelope(
        OrderCancelled,
        {
          order: snapshot(withdrawn, 'CANCELLED', 3),
          reason: 'ordered twice',
          previousStatus: 'PLACED',
          cancelledAt: now(),
        },
        context,
      ),
    );

    const queue = await waitFor(
      async () => {
        const entries = await queueOf();
        const byId = new Map(entries.map((e) => [e.orderId, e]));
        return byId.get(toFulfil)?.action === 'FULFIL' &&
          byId.get(toConfirm)?.action === 'CONFIRM' &&
          !byId.has(withdrawn)
          ? entries
          : undefined;
      },
      { what: 'the order-admin queue to catch up', timeoutMs: 30_000 },
    );
    expect(queue.find((e) => e.orderId === toConfirm)).toMatchObject({
      orderNumber: `SO-${toConfirm.slice(-6)}`,
      status: 'PLACED',
      totalNet: '30.00',
      creditedTo: rep,
      overdue: false,
    });
    expect((await queueOf('?action=CONFIRM')).map((e) => e.orderId)).toContain(toConfirm);
    expect((await queueOf('?action=CONFIRM')).map((e) => e.orderId)).not.toContain(toFulfil);
  });

  it('ignores a redelivered event', async () => {
    const orderId = randomUUID();
    const original = placed(orderId);
    await publish(original);
    await waitFor(() => seenByOrderAdmin.includes(original.id), { what: 'the first delivery' });
    await publish(original);
    await waitFor(() => seenByOrderAdmin.filter((id) => id === original.id).length === 2, {
      what: 'the redelivery to reach order-admin',
    });
    expect((await queueOf()).filter((e) => e.orderId === orderId)).toHaveLength(1);
  });

  it('sends an invalid order event to the dead-letter topic and carries on', async () => {
    const dlq = await collectMessages(broker, `${topic}.dlq`);
    try {
      const valid = placed(randomUUID());
      // A float where the contract wants a decimal string.
      const invalid = {
        ...valid,
        data: { ...valid.data, order: { ...valid.data.order, totalNet: 1.0 } },
      };
      await publish(invalid);

      const dead = await waitFor(
        () => dlq.messages.find((m) => m.headers['dlq-consumer']?.startsWith('test-order-admin')),
        { what: 'the order-admin consumer to dead-letter the event' },
      );
      expect(dead.headers['dlq-kind']).toBe('INVALID_DATA');
      expect(dead.headers['dlq-reason']).toContain('totalNet');
      expect((await queueOf()).find((e) => e.orderId === valid.data.order.orderId)).toBeUndefined();
      // ...and it goes on with the next events.
      const next = randomUUID();
      await publish(placed(next));
      await waitFor(async () => (await queueOf()).some((e) => e.orderId === next), {
        what: 'the next order in the queue',
      });
    } finally {
      await dlq.close();
    }
  });

  it('passes over catalogue changes: nothing dead-lettered, nothing queued', async () => {
    const dlq = await collectMessages(broker, `${topic}.dlq`);
    try {
      const productId = randomUUID();
      const changed = createEnvelope(
        ProductChanged,
        {
          productId,
          sku: 'EVT-1',
          name: 'Valve, renamed',
          productLine: 'Valves',
          listPrice: '10.00',
          unitCost: '4.00',
          active: true,
          change: 'UPDATED',
          changedFields: ['name'],
          changedAt: now(),
        },
        context,
      );
      await publish(changed);
      // Validated against its contract and handed to the queue, which has nothing to do with it.
      await waitFor(() => seenByOrderAdmin.includes(changed.id), {
        what: 'the order-admin consumer to read ProductChanged',
      });
      expect(
        await stillTrueAfter(1_000, () => !dlq.messages.some((m) => m.key === productId)),
      ).toBe(true);
      expect((await queueOf()).some((e) => e.orderId === productId)).toBe(false);
    } finally {
      await dlq.close();
    }
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

  it('keeps its consumer group and every waiting order across a restart', async () => {
    const before = randomUUID();
    await publish(placed(before));
    await waitFor(async () => (await queueOf()).some((e) => e.orderId === before), {
      what: 'the order before the restart',
    });
    const groupBefore = orderAdmin.consumer.groupId;
    const waitingBefore = (await queueOf()).map((e) => e.orderId).sort();

    await orderAdmin.stop();
    const whileDown = randomUUID();
    await publish(placed(whileDown));
    orderAdmin = await startOrderAdminApp(orderAdminConfig(), {
      logger: createLogger('order-admin-test', 'silent'),
    });

    expect(orderAdmin.consumer.groupId).toBe(groupBefore);
    const after = await waitFor(
      async () => {
        const ids = (await queueOf()).map((e) => e.orderId);
        return ids.includes(whileDown) && ids;
      },
      { what: 'the order published while order-admin was down', timeoutMs: 30_000 },
    );
    expect(after.filter((id) => id !== whileDown).sort()).toEqual(waitingBefore);
  });
});

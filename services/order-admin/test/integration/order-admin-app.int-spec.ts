import { Topics, type Envelope } from '@salesgraph/events';
import type { MessageBroker } from '@salesgraph/messaging';
import { createLogger } from '@salesgraph/service-kit';
import { DemoUsers } from '@salesgraph/identity';
import {
  clientAuthTestEnv,
  clientTokenFor,
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
import {
  orderCancelled,
  orderConfirmed,
  orderPlaced,
  productChanged,
  rep,
} from '../support/order-events';

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
  const placed = (orderId: string) => orderPlaced(orderId, now());

  const asCoordinator = async () => ({
    authorization: `Bearer ${await clientTokenFor(DemoUsers.coordinator)}`,
  });
  const queueOf = async (query = ''): Promise<QueueEntry[]> =>
    (
      (await (
        await fetch(`${orderAdmin.url}/queue${query}`, { headers: await asCoordinator() })
      ).json()) as { entries: QueueEntry[] }
    ).entries;

  const orderAdminConfig = async () =>
    loadOrderAdminConfig({
      ...(await clientAuthTestEnv()),
      KAFKA_BROKERS: testInfrastructure().kafkaBrokers.join(','),
      KAFKA_TOPIC_PREFIX: topicPrefix,
      PORT: '0',
      ORDER_ADMIN_GROUP_PREFIX: `test-order-admin.${topicPrefix.replace(/[^a-zA-Z0-9]/g, '')}`,
      ORDER_ADMIN_INSTANCE_ID: 'instance-1',
      ORDER_ADMIN_SUMMARY_INTERVAL_MS: '0',
    });

  beforeAll(async () => {
    broker = testBroker();
    orderAdmin = await startOrderAdminApp(await orderAdminConfig(), {
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
      orderConfirmed(toFulfil, now()),
      placed(withdrawn),
      orderCancelled(withdrawn, 'ordered twice', now()),
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
      const changed = productChanged({
        productId,
        name: 'Valve, renamed',
        changedFields: ['name'],
        changedAt: now(),
      });
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

  it('serves the queue to coordinators only: 401 without a valid token, 403 to other roles', async () => {
    // An order in the queue, so that what a coordinator is shown is not empty
    // (and no later test meets it arriving).
    const waiting = randomUUID();
    await publish(placed(waiting));
    await waitFor(async () => (await queueOf()).some((e) => e.orderId === waiting), {
      what: 'the placed order in the queue',
    });
    const anonymous = await fetch(`${orderAdmin.url}/queue`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toContain('Bearer');
    const anonymousBody = await anonymous.text();
    expect(anonymousBody).toContain('UNAUTHENTICATED');
    expect(anonymousBody).not.toContain('entries');
    const forged = await fetch(`${orderAdmin.url}/queue`, {
      headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' },
    });
    expect(forged.status).toBe(401);
    for (const who of [DemoUsers.rep, DemoUsers.manager, DemoUsers.accountManager]) {
      const refused = await fetch(`${orderAdmin.url}/queue`, {
        headers: { authorization: `Bearer ${await clientTokenFor(who)}` },
      });
      expect(refused.status).toBe(403);
      const body = await refused.text();
      expect(body).toContain('FORBIDDEN');
      expect(body).not.toContain('entries');
    }
    for (const who of [DemoUsers.coordinator, DemoUsers.admin]) {
      const allowed = await fetch(`${orderAdmin.url}/queue`, {
        headers: { authorization: `Bearer ${await clientTokenFor(who)}` },
      });
      expect(allowed.status).toBe(200);
      expect(((await allowed.json()) as { entries: unknown[] }).entries.length).toBeGreaterThan(0);
    }
  });

  it('listens on loopback unless told otherwise', () => {
    expect(new URL(orderAdmin.url).hostname).toBe('127.0.0.1');
    expect(
      loadOrderAdminConfig({
        KAFKA_BROKERS: 'k:1',
        AUTH_ISSUER: 'i',
        AUTH_AUDIENCE: 'a',
        AUTH_JWKS_URL: 'https://i/jwks',
      }).HOST,
    ).toBe('127.0.0.1');
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
    orderAdmin = await startOrderAdminApp(await orderAdminConfig(), {
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

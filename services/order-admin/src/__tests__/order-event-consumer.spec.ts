import {
  createEnvelope,
  OrderPlaced,
  ProductChanged,
  type OrderSnapshot,
} from '@salesgraph/events';
import {
  silentLogger,
  TopicNamespace,
  type IncomingMessage,
  type MessageBroker,
  type TopicAdmin,
  type MessageProducer,
} from '@salesgraph/messaging';
import { OrderAdminQueue } from '../order-admin-queue';
import { OrderEventConsumer } from '../order-event-consumer';

const context = {
  source: 'salesgraph/order',
  correlationId: 'c-1',
  actor: { type: 'user' as const, id: 'u-admin' },
};

function message(envelope: { subject: string }, offset: string): IncomingMessage {
  return {
    topic: 'order.events.v1',
    partition: 0,
    offset,
    key: envelope.subject,
    value: Buffer.from(JSON.stringify(envelope)),
    headers: {},
    timestamp: String(Date.now()),
  };
}

/**
 * The order-admin app reads every event on order.events.v1, not only order
 * events: catalogue changes are valid events it has nothing to do with, and
 * must neither reach the dead-letter topic nor disturb the queue.
 */
describe('order-admin consumer', () => {
  const sent: string[] = [];
  const deadLetterProducer: MessageProducer = {
    connect: async () => undefined,
    send: async (topic) => void sent.push(topic),
    disconnect: async () => undefined,
  };
  const queue = new OrderAdminQueue();
  const consumer = new OrderEventConsumer({
    broker: {} as MessageBroker, // process() never touches the broker
    admin: {} as TopicAdmin, // nor the topic admin
    deadLetterProducer,
    namespace: new TopicNamespace(''),
    groupId: 'order-admin.test',
    queue,
    logger: silentLogger,
  });

  it('passes over a valid ProductChanged without dead-lettering it', async () => {
    const changed = createEnvelope(
      ProductChanged,
      {
        productId: 'b0000000-0000-4000-8000-000000000001',
        sku: 'VAL-100',
        name: 'Industrial valve DN50',
        productLine: 'Valves',
        listPrice: '259.90',
        unitCost: '131.45',
        active: true,
        change: 'UPDATED',
        changedFields: ['listPrice'],
        changedAt: '2026-11-27T09:00:00.000Z',
      },
      context,
    );
    expect(await consumer.process(message(changed, '1'))).toBe('ignored');
    expect(sent).toEqual([]);
    expect(queue.summary(new Date()).ordersKnown).toBe(0);
  });

  it('still dead-letters an invalid ProductChanged, and queues the orders after it', async () => {
    const invalid = {
      ...createEnvelope(
        ProductChanged,
        {
          productId: 'b0000000-0000-4000-8000-000000000002',
          sku: 'VAL-200',
          name: 'Industrial valve DN100',
          productLine: 'Valves',
          listPrice: '489.00',
          unitCost: '262.10',
          active: true,
          change: 'CREATED',
          changedFields: ['sku'],
          changedAt: '2026-11-27T09:00:00.000Z',
        },
        context,
      ),
    };
    (invalid.data as { listPrice: unknown }).listPrice = 489; // a float: the contract wants a decimal string
    expect(await consumer.process(message(invalid, '2'))).toBe('dead-lettered');
    expect(sent).toEqual(['order.events.v1.dlq']);

    const order: OrderSnapshot = {
      orderId: 'd0000000-0000-4000-8000-000000000009',
      orderNumber: 'SO-0009',
      accountId: 'a0000000-0000-4000-8000-000000000003',
      kind: 'AD_HOC',
      status: 'PLACED',
      placedBy: 'u-rep-rita',
      creditedTo: 'u-rep-rita',
      currency: 'EUR',
      lines: [],
      totalNet: '100.00',
      totalCost: '60.00',
      margin: '40.00',
      countsAsBooked: false,
      revision: 2,
    };
    const placed = createEnvelope(
      OrderPlaced,
      { order, placedAt: '2026-11-27T09:00:00.000Z' },
      context,
    );
    expect(await consumer.process(message(placed, '3'))).toBe('applied');
    expect(queue.summary(new Date()).ordersKnown).toBe(1);
  });
});

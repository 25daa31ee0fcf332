import {
  silentLogger,
  TopicNamespace,
  type IncomingMessage,
  type MessageBroker,
  type TopicAdmin,
  type MessageProducer,
} from '@salesgraph/messaging';
import { orderPlaced, productChanged } from '../../test/support/order-events';
import { OrderAdminQueue } from '../order-admin-queue';
import { OrderEventConsumer } from '../order-event-consumer';

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
    sendMany: async (batches) => void sent.push(...batches.map((b) => b.topic)),
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
    const changed = productChanged({ productId: 'b0000000-0000-4000-8000-000000000001' });
    expect(await consumer.process(message(changed, '1'))).toBe('ignored');
    expect(sent).toEqual([]);
    expect(queue.summary(new Date()).ordersKnown).toBe(0);
  });

  it('still dead-letters an invalid ProductChanged, and queues the orders after it', async () => {
    const invalid = productChanged({ productId: 'b0000000-0000-4000-8000-000000000002' });
    (invalid.data as { listPrice: unknown }).listPrice = 489; // a float: the contract wants a decimal string
    expect(await consumer.process(message(invalid, '2'))).toBe('dead-lettered');
    expect(sent).toEqual(['order.events.v1.dlq']);

    const placed = orderPlaced('d0000000-0000-4000-8000-000000000009', '2026-11-27T09:00:00.000Z');
    expect(await consumer.process(message(placed, '3'))).toBe('applied');
    expect(queue.summary(new Date()).ordersKnown).toBe(1);
  });
});

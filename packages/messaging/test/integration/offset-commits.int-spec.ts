import { testTopicPrefix, waitFor } from '@salesgraph/testing';
import type { MessageBroker } from '../../src';
import { sourceBroker } from './source-broker';

/**
 * Handled offsets reach the group coordinator once per commit interval, not
 * after every fetch, and all of them before the consumer leaves the group.
 */
describe('consumed offsets committed on an interval', () => {
  const topic = `${testTopicPrefix('offset-commits')}events`;
  const groupId = `${topic}.group`;
  let broker: MessageBroker;

  beforeAll(async () => {
    broker = sourceBroker('offset-commits-test', { consumerCommitIntervalMs: 3_000 });
    await broker.ensureTopics([{ topic, partitions: 1 }]);
  });

  afterAll(async () => {
    await broker?.disconnect();
  });

  const lag = async () => (await broker.consumerLag!(groupId, [topic]))[0]?.lag ?? -1;
  const send = (from: number, count: number) =>
    broker.producer().send(
      topic,
      Array.from({ length: count }, (_, i) => ({ key: 'k', value: String(from + i) })),
    );

  it('commits within the interval, and everything handled when it disconnects', async () => {
    const handled: string[] = [];
    const consumer = broker.consumer(groupId);
    await send(0, 20);
    await consumer.run({
      topics: [topic],
      fromBeginning: true,
      handle: async (message) => void handled.push(message.value!.toString()),
    });
    await waitFor(() => handled.length === 20, { what: 'the first 20 handled' });
    // Handled, not yet committed: the interval has not ended.
    expect(await lag()).toBe(20);
    await waitFor(async () => (await lag()) === 0, { what: 'the interval commit' });

    await send(20, 5);
    await waitFor(() => handled.length === 25, { what: 'the next 5 handled' });
    expect(await lag()).toBe(5);
    await consumer.disconnect();
    expect(await lag()).toBe(0);
    expect(handled).toEqual(Array.from({ length: 25 }, (_, i) => String(i)));
  });
});

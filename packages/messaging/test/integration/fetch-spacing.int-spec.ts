import { setTimeout as sleep } from 'node:timers/promises';
import { testTopicPrefix, waitFor } from '@salesgraph/testing';
import type { MessageBroker } from '../../src';
import { sourceBroker } from './source-broker';

/**
 * `consumerMinFetchIntervalMs` (FetchSpacing): while messages keep coming, a
 * consumer's batches start at least the interval apart, so a trickle gathers
 * into a few batches; after a quiet spell, a message is handled at once.
 */
describe('a consumer whose fetches are spaced', () => {
  const intervalMs = 300;
  const topic = `${testTopicPrefix('fetch-spacing')}events`;
  let broker: MessageBroker;

  beforeAll(async () => {
    broker = sourceBroker('fetch-spacing-test', { consumerMinFetchIntervalMs: intervalMs });
    await broker.ensureTopics([{ topic, partitions: 1 }]);
  });

  afterAll(async () => {
    await broker?.disconnect();
  });

  it('gathers a trickle into batches the interval apart, and handles a lone message at once', async () => {
    const batches: Array<{ at: number; values: string[] }> = [];
    const consumer = broker.consumer(`${topic}.group`);
    await consumer.run({
      topics: [topic],
      fromBeginning: true,
      handle: async () => undefined,
      handleBatch: async (messages) =>
        void batches.push({
          at: performance.now(),
          values: messages.map((m) => m.value!.toString()),
        }),
    });
    const producer = broker.producer();
    // 40 messages, one every 25 ms: a second of them, one at a time.
    for (let i = 0; i < 40; i++) {
      await producer.send(topic, [{ key: 'k', value: String(i) }]);
      await sleep(25);
    }
    await waitFor(() => batches.flatMap((b) => b.values).length === 40, {
      what: 'the trickle handled',
    });
    expect(batches.flatMap((b) => b.values)).toEqual(
      Array.from({ length: 40 }, (_, i) => String(i)),
    );
    // A fetch each interval at most (kafkajs timers are not exact to the millisecond).
    for (let k = 1; k < batches.length; k++)
      expect(batches[k].at - batches[k - 1].at).toBeGreaterThanOrEqual(intervalMs - 15);
    expect(batches.length).toBeLessThanOrEqual(8);

    // Quiet for longer than the interval: the next message is not held.
    await sleep(2 * intervalMs);
    const sent = performance.now();
    await producer.send(topic, [{ key: 'k', value: 'lone' }]);
    await waitFor(() => batches.at(-1)!.values.includes('lone'), {
      what: 'the lone message handled',
    });
    expect(batches.at(-1)!.at - sent).toBeLessThan(intervalMs);
    await consumer.disconnect();
  });
});

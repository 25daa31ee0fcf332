import { testTopicPrefix, waitFor } from '@salesgraph/testing';
import type { IncomingMessage } from '../../src';
import { sourceBroker } from './source-broker';

/**
 * `consumerPartitionsInParallel`: a consumer hands the batches of that many
 * partitions to its handler side by side, each partition still in order, and
 * commits every partition's offsets; batches of one fetch that fit in
 * `maxBatchSize` together come in one call (SliceMerger). With the default, one
 * batch at a time.
 */
describe('partitions consumed in parallel', () => {
  const keys = Array.from({ length: 30 }, (_, i) => `key-${i}`);

  /**
   * Consumes 3 messages per key from a new 3-partition topic; answers the most batches seen in
   * flight at once, and the partitions in each call.
   */
  async function consume(partitionsInParallel: number | undefined, maxBatchSize: number) {
    const topic = `${testTopicPrefix(`parallel-${partitionsInParallel ?? 'default'}`)}events`;
    const groupId = `${topic}.group`;
    const broker = sourceBroker('partitions-in-parallel-test', {
      consumerPartitionsInParallel: partitionsInParallel,
    });
    try {
      await broker.ensureTopics([{ topic, partitions: 3 }]);
      // All sent before the consumer joins: its first fetch brings a batch of every partition.
      for (let round = 0; round < 3; round++)
        await broker.producer().send(
          topic,
          keys.map((key) => ({ key, value: `${key}:${round}` })),
        );
      const seen: IncomingMessage[] = [];
      const calls: number[][] = [];
      let inFlight = 0;
      let mostInFlight = 0;
      const consumer = broker.consumer(groupId);
      await consumer.run({
        topics: [topic],
        fromBeginning: true,
        handle: async () => undefined,
        handleBatch: async (messages) => {
          calls.push([...new Set(messages.map((m) => m.partition))].sort());
          inFlight += 1;
          mostInFlight = Math.max(mostInFlight, inFlight);
          // Held until a second batch is in flight too, or for long enough that one would be.
          const until = Date.now() + 1_000;
          while (inFlight < 2 && Date.now() < until)
            await new Promise((resolve) => setTimeout(resolve, 10));
          seen.push(...messages);
          inFlight -= 1;
        },
        maxBatchSize,
      });
      await waitFor(() => seen.length === keys.length * 3, { what: 'every message handled' });
      await consumer.disconnect();
      const lag = await broker.consumerLag!(groupId, [topic]);
      return { seen, mostInFlight, lag, calls };
    } finally {
      await broker.disconnect();
    }
  }

  const inOrder = (seen: IncomingMessage[]) => {
    for (const key of keys)
      expect(seen.filter((m) => m.key === key).map((m) => m.value!.toString())).toEqual([
        `${key}:0`,
        `${key}:1`,
        `${key}:2`,
      ]);
  };

  it('handles several partitions at once, each in order, and commits them all', async () => {
    // About 30 messages a partition: no two batches fit in one call.
    const { seen, mostInFlight, lag } = await consume(3, 30);
    expect(mostInFlight).toBeGreaterThanOrEqual(2);
    expect(new Set(seen.map((m) => m.partition)).size).toBe(3);
    inOrder(seen);
    expect(lag.reduce((sum, p) => sum + p.lag, 0)).toBe(0);
  });

  it('hands the batches of one fetch that fit together to one call, each partition in order', async () => {
    const { seen, calls, lag } = await consume(3, 100);
    expect(calls[0]).toEqual([0, 1, 2]);
    expect(seen).toHaveLength(keys.length * 3);
    inOrder(seen);
    expect(lag.reduce((sum, p) => sum + p.lag, 0)).toBe(0);
  });

  it('by default, one batch at a time', async () => {
    const { seen, mostInFlight } = await consume(undefined, 100);
    expect(seen).toHaveLength(keys.length * 3);
    expect(mostInFlight).toBe(1);
  });
});

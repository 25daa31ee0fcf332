import { testTopicPrefix, waitFor } from '@salesgraph/testing';
import { SharedConsumer, type MessageBroker } from '../../src';
import { sourceBroker } from './source-broker';

/**
 * A service's subscribers read through one consumer group; each, moved from a
 * group of its own, goes on where that group had got to, while a new one
 * reads its topics from the start.
 */
describe('one consumer group for a service’s subscribers', () => {
  const prefix = testTopicPrefix('shared-consumer');
  const orders = `${prefix}orders`;
  const accounts = `${prefix}accounts`;
  const formerGroup = `${prefix}svc.order-commercials`;
  let broker: MessageBroker;

  beforeAll(async () => {
    broker = sourceBroker('shared-consumer-test');
    await broker.ensureTopics([
      { topic: orders, partitions: 2 },
      { topic: accounts, partitions: 1 },
    ]);
  });

  afterAll(async () => {
    await broker?.disconnect();
  });

  const send = (topic: string, from: number, count: number, via = broker) =>
    via.producer().send(
      topic,
      Array.from({ length: count }, (_, i) => ({ key: `k${i % 4}`, value: String(from + i) })),
    );
  const values = (seen: string[]) => [...seen].sort((a, b) => Number(a) - Number(b));
  /** The subscriber before it moved: a group of its own handles and commits the first `count` of `topic`. */
  const handledByFormerGroup = async (
    group: string,
    topic: string,
    count: number,
    via = broker,
  ) => {
    await send(topic, 0, count, via);
    const handled: string[] = [];
    const old = via.consumer(group);
    await old.run({
      topics: [topic],
      fromBeginning: true,
      handle: async (m) => void handled.push(m.value!.toString()),
    });
    await waitFor(() => handled.length === count, {
      what: `the former group handling the first ${count}`,
    });
    await old.disconnect(); // commits what it handled
  };

  it('hands each lane its topics, and a moved lane only what its former group had not handled', async () => {
    await handledByFormerGroup(formerGroup, orders, 10);

    await send(orders, 10, 5);
    await send(accounts, 100, 3);
    const moved: string[] = [];
    const added: string[] = [];
    const shared = new SharedConsumer({
      consumer: broker.consumer(`${prefix}svc.consumers`),
      broker,
      lanes: 2,
    });
    await Promise.all([
      shared.lane(formerGroup).run({
        topics: [orders],
        fromBeginning: true,
        handle: async (m) => void moved.push(m.value!.toString()),
      }),
      shared.lane(`${prefix}svc.new-projection`).run({
        topics: [orders, accounts],
        fromBeginning: true,
        handle: async (m) => void added.push(m.value!.toString()),
        handleBatch: async (ms) => void added.push(...ms.map((m) => m.value!.toString())),
      }),
    ]);
    try {
      await waitFor(() => added.length === 18, {
        what: 'the new lane reading both topics from the start',
      });
      await waitFor(() => moved.length === 5, { what: 'the moved lane handling the 5 new orders' });
      expect(values(moved)).toEqual(['10', '11', '12', '13', '14']);
      expect(values(added)).toEqual([
        ...Array.from({ length: 15 }, (_, i) => String(i)),
        '100',
        '101',
        '102',
      ]);
      expect(shared.health()).toEqual({ ok: true });
    } finally {
      await shared.disconnect();
    }
    // Handled and committed under the one group: nothing left for it.
    const lag = await broker.consumerLag!(`${prefix}svc.consumers`, [orders, accounts]);
    expect(lag.reduce((sum, p) => sum + p.lag, 0)).toBe(0);
  });

  it('with partitions in parallel, still hands each lane its own topic and skips what its former group handled', async () => {
    // A fetch brings all three partitions of both topics at once; SliceMerger merges those of a topic.
    const parallel = sourceBroker('shared-consumer-parallel-test', {
      consumerPartitionsInParallel: 3,
    });
    const topicOf = (name: string) => `${prefix}parallel-${name}`;
    const [many, one] = [topicOf('orders'), topicOf('accounts')];
    const former = `${prefix}svc.parallel-former`;
    try {
      await parallel.ensureTopics([
        { topic: many, partitions: 2 },
        { topic: one, partitions: 1 },
      ]);
      await handledByFormerGroup(former, many, 10, parallel);
      await send(many, 10, 6, parallel);
      await send(one, 100, 3, parallel);
      const moved: string[] = [];
      const other: string[] = [];
      const shared = new SharedConsumer({
        consumer: parallel.consumer(`${prefix}svc.parallel-consumers`),
        broker: parallel,
        lanes: 2,
      });
      await Promise.all([
        shared.lane(former).run({
          topics: [many],
          fromBeginning: true,
          handle: async (m) => void moved.push(m.value!.toString()),
          handleBatch: async (ms) => void moved.push(...ms.map((m) => m.value!.toString())),
        }),
        shared.lane(`${prefix}svc.parallel-accounts`).run({
          topics: [one],
          fromBeginning: true,
          handle: async (m) => void other.push(m.value!.toString()),
          handleBatch: async (ms) => void other.push(...ms.map((m) => m.value!.toString())),
        }),
      ]);
      try {
        await waitFor(() => moved.length >= 6 && other.length >= 3, { what: 'both lanes' });
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(values(moved)).toEqual(['10', '11', '12', '13', '14', '15']);
        expect(values(other)).toEqual(['100', '101', '102']);
      } finally {
        await shared.disconnect();
      }
    } finally {
      await parallel.disconnect();
    }
  });
});

import type {
  ConsumerRunOptions,
  IncomingMessage,
  MessageBroker,
  MessageConsumer,
} from '../kafka/message';
import { SharedConsumer } from '../consumer/shared-consumer';

/** The one consumer underneath: records what it was asked to run. */
function fakeConsumer() {
  let runOptions: ConsumerRunOptions | undefined;
  const consumer: MessageConsumer = {
    connect: jest.fn(async () => undefined),
    run: jest.fn(async (options: ConsumerRunOptions) => void (runOptions = options)),
    health: () => ({ ok: true }),
    disconnect: jest.fn(async () => undefined),
  };
  return { consumer, options: () => runOptions! };
}

/** A broker whose former groups had committed the given offsets ("group|topic|partition" -> offset). */
function brokerWith(committed: Record<string, string> = {}): MessageBroker {
  return {
    committedOffsets: async (groupId: string, topics: string[]) =>
      Object.entries(committed)
        .map(([key, offset]) => ({ key: key.split('|'), offset }))
        .filter(({ key }) => key[0] === groupId && topics.includes(key[1]))
        .map(({ key, offset }) => ({ topic: key[1], partition: Number(key[2]), offset })),
  } as MessageBroker;
}

const message = (topic: string, offset: number, partition = 0): IncomingMessage => ({
  topic,
  partition,
  offset: String(offset),
  key: null,
  value: Buffer.from('{}'),
  headers: {},
  timestamp: '0',
});

const control = () => ({ heartbeat: jest.fn(async () => undefined) });

/** A lane's run options that record what it was handed, one by one or in batches. */
function recording(topics: string[], batches?: { size: number }) {
  const seen: string[] = [];
  const record = (m: IncomingMessage) => seen.push(`${m.topic}@${m.offset}`);
  const run: ConsumerRunOptions = {
    topics,
    fromBeginning: true,
    handle: async (m) => void record(m),
    ...(batches
      ? {
          handleBatch: async (ms: IncomingMessage[]) => {
            seen.push(`batch of ${ms.length}`);
            ms.forEach(record);
          },
          maxBatchSize: batches.size,
        }
      : {}),
  };
  return { run, seen };
}

describe('SharedConsumer', () => {
  it('runs one consumer over every lane’s topics once the last lane has registered', async () => {
    const { consumer, options } = fakeConsumer();
    const shared = new SharedConsumer({ consumer, broker: brokerWith(), lanes: 2 });
    const first = shared.lane('svc.a').run(recording(['a']).run);
    await new Promise((resolve) => setImmediate(resolve));
    expect(consumer.run).not.toHaveBeenCalled();
    expect(shared.health()).toEqual({ ok: false, reason: 'not started' });

    await Promise.all([first, shared.lane('svc.b').run(recording(['a', 'b']).run)]);
    expect(consumer.run).toHaveBeenCalledTimes(1);
    expect(options().topics.sort()).toEqual(['a', 'b']);
    expect(options().fromBeginning).toBe(true);
    expect(shared.health()).toEqual({ ok: true });
  });

  it('hands a partition’s messages to each lane of their topic, in order: batches in slices, the rest one at a time', async () => {
    const { consumer, options } = fakeConsumer();
    const shared = new SharedConsumer({ consumer, broker: brokerWith(), lanes: 3 });
    const batched = recording(['a'], { size: 2 });
    const single = recording(['a']);
    const other = recording(['b']);
    await Promise.all([
      shared.lane('svc.batched').run(batched.run),
      shared.lane('svc.single').run(single.run),
      shared.lane('svc.other').run(other.run),
    ]);
    const heartbeats = control();
    await options().handleBatch!([message('a', 0), message('a', 1), message('a', 2)], heartbeats);

    expect(batched.seen).toEqual(['batch of 2', 'a@0', 'a@1', 'batch of 1', 'a@2']);
    expect(single.seen).toEqual(['a@0', 'a@1', 'a@2']);
    expect(other.seen).toEqual([]);
    // Between every slice and every single message: the group hears from the member.
    expect(heartbeats.heartbeat).toHaveBeenCalledTimes(5);
  });

  it('hands a lane nothing below the offset its former group had committed, on that partition only', async () => {
    const { consumer, options } = fakeConsumer();
    const shared = new SharedConsumer({
      consumer,
      broker: brokerWith({ 'svc.moved|a|0': '2', 'svc.moved|a|1': '-1' }),
      lanes: 2,
    });
    const moved = recording(['a']);
    const fresh = recording(['a']);
    await Promise.all([
      shared.lane('svc.moved').run(moved.run),
      shared.lane('svc.fresh').run(fresh.run),
    ]);
    await options().handleBatch!(
      [0, 1, 2, 3].map((o) => message('a', o)),
      control(),
    );
    await options().handleBatch!([message('a', 0, 1)], control());

    expect(moved.seen).toEqual(['a@2', 'a@3', 'a@0']);
    expect(fresh.seen).toEqual(['a@0', 'a@1', 'a@2', 'a@3', 'a@0']);
  });

  it('gives up the rest of a batch when the service stops, so that it stays uncommitted', async () => {
    const { consumer, options } = fakeConsumer();
    const shared = new SharedConsumer({ consumer, broker: brokerWith(), lanes: 1 });
    const seen: string[] = [];
    await shared.lane('svc.a').run({
      topics: ['a'],
      fromBeginning: true,
      handle: async (m) => {
        seen.push(m.offset);
        if (m.offset === '1') await shared.disconnect();
      },
    });
    await expect(
      options().handleBatch!(
        [0, 1, 2].map((o) => message('a', o)),
        control(),
      ),
    ).rejects.toThrow('consumer stopping');
    expect(seen).toEqual(['0', '1']);
    expect(consumer.disconnect).toHaveBeenCalled();
  });

  it('fails every lane’s start when the consumer cannot start', async () => {
    const { consumer } = fakeConsumer();
    (consumer.run as jest.Mock).mockRejectedValueOnce(new Error('no coordinator'));
    const shared = new SharedConsumer({ consumer, broker: brokerWith(), lanes: 2 });
    const starts = [
      shared.lane('svc.a').run(recording(['a']).run),
      shared.lane('svc.b').run(recording(['b']).run),
    ];
    for (const start of starts) await expect(start).rejects.toThrow('no coordinator');
  });

  it('fails every lane’s start when a former group’s offsets cannot be read', async () => {
    const { consumer } = fakeConsumer();
    const broker = {
      committedOffsets: async (groupId: string) => {
        if (groupId === 'svc.b') throw new Error('coordinator not available');
        return [];
      },
    } as unknown as MessageBroker;
    const shared = new SharedConsumer({ consumer, broker, lanes: 2 });
    const starts = [
      shared.lane('svc.a').run(recording(['a']).run),
      shared.lane('svc.b').run(recording(['b']).run),
    ];
    for (const start of starts) await expect(start).rejects.toThrow('coordinator not available');
    expect(consumer.run).not.toHaveBeenCalled();
  });
});

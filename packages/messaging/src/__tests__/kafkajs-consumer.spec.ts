import type { Consumer, EachBatchPayload } from 'kafkajs';
import { KafkajsConsumer } from '../kafka/kafkajs-broker';

/** A stand-in for a kafkajs consumer: records calls, lets the test emit its events. */
function fakeConsumer() {
  const listeners = new Map<string, (event: { payload: unknown }) => void>();
  const fake = {
    events: { GROUP_JOIN: 'join', CRASH: 'crash', STOP: 'stop' },
    on: (name: string, listener: (event: { payload: unknown }) => void) =>
      listeners.set(name, listener),
    connect: jest.fn(async () => undefined),
    subscribe: jest.fn(async () => undefined),
    run: jest.fn(async (_config?: unknown) => undefined),
    disconnect: jest.fn(async () => undefined),
  };
  const emit = (name: string, payload: unknown = {}) => listeners.get(name)!({ payload });
  return { consumer: fake as unknown as Consumer, fake, emit };
}

describe('a kafkajs consumer that does not stay down', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  async function running() {
    const { consumer, fake, emit } = fakeConsumer();
    const wrapped = new KafkajsConsumer(consumer);
    await wrapped.run({ topics: ['t'], fromBeginning: true, handle: async () => undefined });
    emit('join');
    expect(wrapped.health()).toEqual({ ok: true });
    return { wrapped, fake, emit };
  }

  it('starts again, with growing pauses, after a crash kafkajs gives up on', async () => {
    const { wrapped, fake, emit } = await running();
    emit('stop');
    emit('crash', { error: new Error('Failed to find group coordinator'), restart: false });
    expect(wrapped.health()).toEqual({
      ok: false,
      reason: 'crashed: Failed to find group coordinator (starting again in 1000 ms)',
    });
    await jest.advanceTimersByTimeAsync(999);
    expect(fake.run).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(fake.connect).toHaveBeenCalledTimes(2);
    expect(fake.run).toHaveBeenCalledTimes(2);
    expect(fake.run.mock.calls[1]).toEqual(fake.run.mock.calls[0]);

    // Down again before it joined: the pause doubles.
    emit('crash', { error: new Error('Failed to find group coordinator'), restart: false });
    expect(wrapped.health().reason).toContain('starting again in 2000 ms');
    await jest.advanceTimersByTimeAsync(2000);
    expect(fake.run).toHaveBeenCalledTimes(3);
    emit('join');
    expect(wrapped.health()).toEqual({ ok: true });
  });

  it('leaves kafkajs its own restarts, and says it is restarting', async () => {
    const { wrapped, fake, emit } = await running();
    emit('crash', { error: new Error('Connection closed'), restart: true });
    expect(wrapped.health()).toEqual({
      ok: false,
      reason: 'crashed: Connection closed (restarting)',
    });
    await jest.advanceTimersByTimeAsync(60_000);
    expect(fake.run).toHaveBeenCalledTimes(1);
  });

  it('does not start again once it is being disconnected', async () => {
    const { wrapped, fake, emit } = await running();
    emit('crash', { error: new Error('Failed to find group coordinator'), restart: false });
    await wrapped.disconnect();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(fake.run).toHaveBeenCalledTimes(1);
    emit('crash', { error: new Error('late'), restart: false });
    await jest.advanceTimersByTimeAsync(60_000);
    expect(fake.run).toHaveBeenCalledTimes(1);
    expect(wrapped.health()).toEqual({ ok: false, reason: 'crashed: late' });
  });
});

/** What kafkajs hands eachBatch for one partition's fetch, recording what the consumer does with it. */
function fetched(offsets: number[]) {
  const calls: string[] = [];
  let running = true;
  let rebalancing = false;
  let resolved = -1;
  let committed = -1;
  const payload = {
    batch: {
      topic: 't',
      partition: 0,
      messages: offsets.map((o) => ({ offset: String(o), key: null, value: null, headers: {}, timestamp: '0' })), // prettier-ignore
    },
    resolveOffset: (offset: string) => void (resolved = Number(offset)),
    uncommittedOffsets: () => ({ topics: [{ topic: 't', partitions: [{ partition: 0, offset: String(resolved + 1) }] }] }), // prettier-ignore
    commitOffsetsIfNecessary: async (offsets: {
      topics: { partitions: { offset: string }[] }[];
    }) => {
      committed = Number(offsets.topics[0].partitions[0].offset) - 1;
      calls.push(`commit ${committed}`);
    },
    heartbeat: async () => {
      if (rebalancing) throw new Error('The group is rebalancing');
    },
    isRunning: () => running,
    isStale: () => false,
  };
  return {
    payload: payload as unknown as EachBatchPayload,
    calls,
    committed: () => committed,
    stop: () => void (running = false),
    rebalance: () => void (rebalancing = true),
  };
}

describe('a kafkajs consumer commits handled offsets', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  async function consuming(handle: (offset: string) => Promise<void> = async () => undefined) {
    const { consumer, fake } = fakeConsumer();
    const wrapped = new KafkajsConsumer(consumer, undefined, { commitIntervalMs: 1_000 });
    await wrapped.run({
      topics: ['t'],
      fromBeginning: true,
      handle: async () => undefined,
      handleBatch: async (messages) => {
        for (const m of messages) await handle(m.offset);
      },
      maxBatchSize: 2,
    });
    const config = fake.run.mock.calls[0][0] as {
      autoCommit: boolean;
      eachBatch: (payload: EachBatchPayload) => Promise<void>;
    };
    return { wrapped, config };
  }

  it('once per interval, not after every fetch (kafkajs autoCommit is off)', async () => {
    const { config } = await consuming();
    expect(config.autoCommit).toBe(false);
    const first = fetched([0, 1, 2]);
    await config.eachBatch(first.payload);
    const second = fetched([3, 4]);
    await config.eachBatch(second.payload);
    expect([...first.calls, ...second.calls]).toEqual([]);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(second.committed()).toBe(4);
    expect(first.calls).toEqual([]);
  });

  it('at once when it is stopped, when its group rebalances, or when a handler fails', async () => {
    const stopped = await consuming();
    const stopping = fetched([0, 1, 2, 3]);
    const handled = stopped.config.eachBatch(stopping.payload);
    stopping.stop();
    await handled;
    expect(stopping.calls).toEqual(['commit 1']); // the slice in flight, then nothing more

    const rebalanced = await consuming();
    const rebalancing = fetched([0, 1, 2, 3]);
    rebalancing.rebalance();
    await expect(rebalanced.config.eachBatch(rebalancing.payload)).rejects.toThrow('rebalancing');
    expect(rebalancing.calls).toEqual(['commit 1']);

    const failing = await consuming(async (offset) => {
      if (offset === '3') throw new Error('database down');
    });
    const failed = fetched([0, 1, 2, 3]);
    await expect(failing.config.eachBatch(failed.payload)).rejects.toThrow('database down');
    expect(failed.calls).toEqual(['commit 1']);
  });

  it('before it leaves the group when disconnected while idle', async () => {
    const { wrapped, config } = await consuming();
    const idle = fetched([0, 1]);
    await config.eachBatch(idle.payload);
    await wrapped.disconnect();
    expect(idle.calls).toEqual(['commit 1']);
    await jest.advanceTimersByTimeAsync(5_000);
    expect(idle.calls).toEqual(['commit 1']);
  });
});

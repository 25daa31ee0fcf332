import type { Consumer } from 'kafkajs';
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
    run: jest.fn(async () => undefined),
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

import type { IncomingMessage, MessageControl } from '../kafka/message';
import { SliceMerger } from '../kafka/slice-merger';

const slice = (partition: number, count: number, topic = 't'): IncomingMessage[] =>
  Array.from({ length: count }, (_, i) => ({
    topic,
    partition,
    offset: String(i),
    key: `k${partition}-${i}`,
    value: null,
    headers: {},
    timestamp: '0',
  }));
const ids = (messages: IncomingMessage[]) => messages.map((m) => m.key);
const control = (beats: string[], name: string): MessageControl => ({
  heartbeat: async () => void beats.push(name),
});

describe('slices of several partitions handed over together', () => {
  it('are handled in one call while they fit, each partition in order, and each settles with it', async () => {
    const calls: IncomingMessage[][] = [];
    const beats: string[] = [];
    const merger = new SliceMerger(async (messages, c) => {
      calls.push(messages);
      await c.heartbeat();
    }, 10);
    await Promise.all([
      merger.handle(slice(0, 3), control(beats, 'p0')),
      merger.handle(slice(1, 4), control(beats, 'p1')),
      merger.handle(slice(2, 3), control(beats, 'p2')),
    ]);
    expect(calls.map(ids)).toEqual([
      [...ids(slice(0, 3)), ...ids(slice(1, 4)), ...ids(slice(2, 3))],
    ]);
    expect(beats).toEqual(['p0', 'p1', 'p2']);

    // Handed over later: a call of its own.
    await merger.handle(slice(0, 2), control(beats, 'p0'));
    expect(calls).toHaveLength(2);
  });

  it('runs slices that do not fit together side by side, as before', async () => {
    const calls: number[] = [];
    let inFlight = 0;
    let mostInFlight = 0;
    const merger = new SliceMerger(async (messages) => {
      calls.push(messages.length);
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 10));
      inFlight -= 1;
    }, 5);
    await Promise.all([
      merger.handle(slice(0, 3), control([], 'p0')),
      merger.handle(slice(1, 2), control([], 'p1')),
      merger.handle(slice(2, 4), control([], 'p2')),
    ]);
    expect(calls).toEqual([5, 4]);
    expect(mostInFlight).toBe(2);
  });

  it('never merges slices of different topics: a handler may route a call by its topic', async () => {
    const calls: string[][] = [];
    const merger = new SliceMerger(async (messages) => {
      calls.push([...new Set(messages.map((m) => `${m.topic}:${m.partition}`))]);
    }, 100);
    await Promise.all([
      merger.handle(slice(0, 2, 'marketing'), control([], 'a')),
      merger.handle(slice(0, 2, 'orders'), control([], 'b')),
      merger.handle(slice(1, 2, 'marketing'), control([], 'c')),
    ]);
    expect(calls).toEqual([['marketing:0', 'marketing:1'], ['orders:0']]);
  });

  it('fails every slice of a call that failed, and only those', async () => {
    const merger = new SliceMerger(async (messages) => {
      if (messages.some((m) => m.partition === 1)) throw new Error('no database');
    }, 4);
    const outcomes = await Promise.allSettled([
      merger.handle(slice(0, 2), control([], 'p0')),
      merger.handle(slice(1, 2), control([], 'p1')),
      merger.handle(slice(2, 3), control([], 'p2')),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'fulfilled']);
  });
});

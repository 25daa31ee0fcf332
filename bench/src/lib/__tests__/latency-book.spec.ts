import { LatencyBook } from '../latency-book';

describe('LatencyBook', () => {
  it('measures each event from its publication to its first sighting', () => {
    const book = new LatencyBook();
    for (let i = 1; i <= 100; i += 1) book.published(`e${i}`, 1000 + i);
    for (let i = 1; i <= 100; i += 1) book.seen(`e${i}`, 1000 + i + i);
    expect(book.summary()).toEqual({
      published: 100,
      seen: 100,
      p50: 50,
      p95: 95,
      p99: 99,
      max: 100,
    });
  });

  it('ignores a second sighting and keys it never published', () => {
    const book = new LatencyBook();
    book.published('a', 0);
    book.seen('a', 10);
    book.seen('a', 500);
    book.seen('stranger', 1);
    expect(book.summary()).toMatchObject({ published: 1, seen: 1, max: 10 });
  });

  it('lists what is still awaited, oldest first, as many as asked', () => {
    const book = new LatencyBook();
    ['a', 'b', 'c', 'd'].forEach((key, i) => book.published(key, i));
    book.seen('b', 9);
    expect(book.pending()).toEqual(['a', 'c', 'd']);
    expect(book.pending(2)).toEqual(['a', 'c']);
    expect(book.pendingCount).toBe(3);
  });

  it('refuses a key published twice: its latency would be ambiguous', () => {
    const book = new LatencyBook();
    book.published('a', 0);
    expect(() => book.published('a', 1)).toThrow(/twice/);
  });

  it('has no percentiles while nothing was seen, so an empty run cannot pass for a fast one', () => {
    const book = new LatencyBook();
    book.published('a', 0);
    expect(book.summary()).toMatchObject({ published: 1, seen: 0 });
    expect(book.summary().p99).toBeNaN();
  });

  it("measures each send's wait for the broker's acknowledgement apart, over the keys it knows", () => {
    const book = new LatencyBook();
    ['a', 'b', 'c'].forEach((key) => book.published(key, 100));
    book.published('d', 200);
    book.acknowledged(['a', 'b', 'c', 'stranger'], 104);
    book.acknowledged(['d'], 240);
    book.seen('a', 150);
    expect(book.acknowledgedSummary()).toEqual({
      published: 4,
      seen: 4,
      p50: 4,
      p95: 40,
      p99: 40,
      max: 40,
    });
    expect(book.summary()).toMatchObject({ seen: 1, max: 50 });
  });

  it('splits the latencies by when their events were published, so a latency that grows through a phase shows', () => {
    const book = new LatencyBook();
    // One event every 100 ms from 1 s (the origin) to 10.9 s, each seen 10 ms later than the one before it was.
    for (let i = 0; i < 100; i += 1) book.published(`e${i}`, 1000 + 100 * i);
    for (let i = 0; i < 100; i += 1) book.seen(`e${i}`, 1000 + 100 * i + 10 * (i + 1));
    const windows = book.overTime(1000, 3);
    expect(windows.map((w) => [w.fromS, w.toS])).toEqual([
      [0, 3.3],
      [3.3, 6.6],
      [6.6, 9.9],
    ]);
    // 33, 33 and 34 events: the last publication closes the last stretch, inside it.
    expect(windows.map((w) => w.seen)).toEqual([33, 33, 34]);
    expect(windows.map((w) => w.p50)).toEqual([170, 500, 830]);
    expect(windows.map((w) => w.p99)).toEqual([330, 660, 1000]);
  });

  it('leaves a stretch whose events were not seen without percentiles', () => {
    const book = new LatencyBook();
    book.published('a', 0);
    book.published('b', 100);
    book.seen('a', 5);
    const [first, second] = book.overTime(0, 2);
    expect(first).toMatchObject({ seen: 1, p50: 5, p99: 5 });
    expect(second.seen).toBe(0);
    expect(second.p99).toBeNaN();
  });
});

import { InOrderPoll } from '../in-order-poll';

/** Keys g<group>-<n>, published in turn to three groups; a group's stored keys are a prefix of its own. */
function published(poll: InOrderPoll, perGroup: number): string[][] {
  const groups = [0, 1, 2].map((g) => Array.from({ length: perGroup }, (_, n) => `g${g}-${n}`));
  for (let n = 0; n < perGroup; n += 1)
    for (const [g, keys] of groups.entries()) poll.add(keys[n], g);
  return groups;
}

/** One poll against `stored`, as the benchmark runs it: what each step asked, and every key it saw. */
function pollOnce(poll: InOrderPoll, stored: ReadonlySet<string>) {
  const first = poll.samples();
  const found = new Set(first.filter((key) => stored.has(key)));
  for (const key of found) poll.seen(key);
  const second = poll.upToFrontier(found);
  const more = second.filter((key) => stored.has(key));
  for (const key of more) poll.seen(key);
  return { first, second, seen: new Set([...found, ...more]) };
}

describe('InOrderPoll', () => {
  it('sees every key stored by a poll in that poll, whatever each group has stored', () => {
    const poll = new InOrderPoll(300, 16);
    const groups = published(poll, 200);
    const stored = new Set<string>();
    const seen = new Set<string>();
    // The groups move at their own pace: 0 by 37 a poll, 1 by 5, 2 not at all, then all at once.
    for (const [round, steps] of [
      [37, 5, 0],
      [37, 5, 0],
      [0, 0, 0],
      [100, 1, 160],
      [1, 189, 40],
    ].entries()) {
      steps.forEach((step, g) => {
        const done = groups[g].filter((key) => stored.has(key)).length;
        for (const key of groups[g].slice(done, done + step)) stored.add(key);
      });
      for (const key of pollOnce(poll, stored).seen) seen.add(key);
      expect({ round, unseen: [...stored].filter((key) => !seen.has(key)) }).toEqual({
        round,
        unseen: [],
      });
    }
    expect(seen.size).toBe(stored.size);
    expect(poll.outOfOrder).toBe(0);
  });

  it('asks about samples alone while nothing new is stored, however far behind the store is', () => {
    const poll = new InOrderPoll(300, 16);
    published(poll, 3_000);
    const { first, second } = pollOnce(poll, new Set());
    // 300 a group, every 16th: 19 samples in each of the three, where every awaited key would be 9,000.
    expect(first).toHaveLength(3 * 19);
    expect(second).toEqual([]);
  });

  it('then asks about what lies before each group’s first sample not found: the new prefix and a stride', () => {
    const poll = new InOrderPoll(300, 16);
    const groups = published(poll, 100);
    const stored = new Set(groups[1].slice(0, 40));
    const { second, seen } = pollOnce(poll, stored);
    // Samples 0, 16 and 32 of group 1 were found, 48 was not: keys 1 to 47 but those three are asked.
    expect(second).toHaveLength(48 - 3);
    expect(seen).toEqual(stored);
  });

  it('counts a key stored out of its group’s order, which only a sweep over every awaited key finds', () => {
    const poll = new InOrderPoll(300, 16);
    const groups = published(poll, 50);
    // Group 0's 21st key is stored and its first is not; group 1's first two are, in order.
    const stored = new Set([groups[0][20], groups[1][0], groups[1][1]]);
    expect(pollOnce(poll, new Set([groups[0][20]])).seen.size).toBe(0);
    const awaited = groups.flatMap((keys) => keys);
    poll.seenBySweep(awaited, stored);
    expect(poll.outOfOrder).toBe(1);
    // What the sweep found is awaited no more.
    for (const key of stored) expect(poll.samples()).not.toContain(key);
  });
});

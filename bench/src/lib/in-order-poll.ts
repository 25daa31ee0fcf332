/**
 * What a poller asks a store about when each group's keys become visible in
 * the order they were published: a Kafka partition's events are consumed in
 * order, and a fetch's are committed in one transaction, so the leads of one
 * partition are stored as a prefix of what was published to it. Asking about
 * every awaited key at every poll made the event-latency benchmark's probe
 * cost more the further the platform fell behind, on the cores the platform
 * runs on.
 *
 * A poll asks in two steps: `samples`, every `stride`-th of each group's oldest
 * `window` awaited keys; then `upToFrontier`, in each group whose oldest key
 * was found, every awaited key before the first sample not found (all of the
 * window when every sample was). Each key stored by the first step's start is
 * seen by one of the two, so the latencies are those of asking about every
 * key, at a cost that follows what was newly stored, not the backlog. A key
 * stored out of its group's order would be missed by them: a sweep over every
 * awaited key finds it, and `outOfOrder` counts those, to show that none was.
 */
export class InOrderPoll {
  private readonly awaited = new Map<string | number, Set<string>>();
  private readonly groupOf = new Map<string, string | number>();
  /** Each group's window as `samples` took it, for `upToFrontier`. */
  private windows = new Map<string | number, string[]>();
  private foundBySweep = 0;

  constructor(
    private readonly window: number,
    private readonly stride: number,
  ) {
    if (!(window >= 1 && stride >= 1)) throw new Error('window and stride must be 1 or more');
  }

  /** A key published to `group`, after every key published to it before. */
  add(key: string, group: string | number): void {
    let keys = this.awaited.get(group);
    if (!keys) this.awaited.set(group, (keys = new Set()));
    keys.add(key);
    this.groupOf.set(key, group);
  }

  /** A key found stored (by any step or a sweep): no longer asked about. */
  seen(key: string): void {
    const group = this.groupOf.get(key);
    if (group === undefined) return;
    this.awaited.get(group)!.delete(key);
    this.groupOf.delete(key);
  }

  /**
   * What a sweep asked about (awaited keys, oldest first) and found. The found ones are no longer
   * awaited; one that follows a key of its group the sweep did not find was stored out of its
   * group's order (the two steps would have missed it): counted in `outOfOrder`.
   */
  seenBySweep(asked: readonly string[], found: ReadonlySet<string>): void {
    const behind = new Set<string | number>();
    for (const key of asked) {
      const group = this.groupOf.get(key);
      if (group === undefined) continue;
      if (!found.has(key)) behind.add(group);
      else {
        if (behind.has(group)) this.foundBySweep += 1;
        this.seen(key);
      }
    }
  }

  get outOfOrder(): number {
    return this.foundBySweep;
  }

  /** Step one: the first of each group's oldest `window` awaited keys and every `stride`-th after it. */
  samples(): string[] {
    this.windows = new Map();
    const sampled: string[] = [];
    for (const [group, keys] of this.awaited) {
      const window: string[] = [];
      for (const key of keys) {
        if (window.length === this.window) break;
        window.push(key);
      }
      if (window.length === 0) continue;
      this.windows.set(group, window);
      for (let i = 0; i < window.length; i += this.stride) sampled.push(window[i]);
    }
    return sampled;
  }

  /**
   * Step two, given what step one found: in each group whose first sample was found, every key of its window
   * before the first sample not found, less those found (the whole window's rest when every sample was).
   */
  upToFrontier(found: ReadonlySet<string>): string[] {
    const asked: string[] = [];
    for (const window of this.windows.values()) {
      if (!found.has(window[0])) continue; // nothing of this group stored yet
      let end = window.length;
      for (let i = 0; i < window.length; i += this.stride)
        if (!found.has(window[i])) {
          end = i;
          break;
        }
      for (let i = 0; i < end; i += 1) if (!found.has(window[i])) asked.push(window[i]);
    }
    return asked;
  }
}

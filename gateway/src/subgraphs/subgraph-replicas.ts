/**
 * The instances of one subgraph (SUBGRAPH_<NAME>_URL may list several):
 * requests go round-robin, and an instance that refused a connection is left
 * out for a while (passive health) so that traffic flows to the others while
 * it restarts. When every instance is marked down they are all tried anyway:
 * the marks are a hint, never a reason to refuse a request.
 */
export class SubgraphReplicas {
  private next = 0;
  private readonly downUntil = new Map<string, number>();

  constructor(
    readonly urls: string[],
    private readonly now: () => number = Date.now,
    private readonly downForMs = 2_000,
  ) {
    if (urls.length === 0) throw new Error('a subgraph needs at least one URL');
  }

  /** Every instance, in the order to try them for one request. */
  order(): string[] {
    const start = this.next;
    this.next = (this.next + 1) % this.urls.length;
    const rotated = [...this.urls.slice(start), ...this.urls.slice(0, start)];
    const now = this.now();
    const up = rotated.filter((url) => (this.downUntil.get(url) ?? 0) <= now);
    const down = rotated.filter((url) => (this.downUntil.get(url) ?? 0) > now);
    return [...up, ...down];
  }

  markDown(url: string): void {
    this.downUntil.set(url, this.now() + this.downForMs);
  }

  markUp(url: string): void {
    this.downUntil.delete(url);
  }
}

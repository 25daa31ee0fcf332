import { percentile, round } from './figures';

export interface LatencySummary {
  /** Events published. */
  published: number;
  /** Events seen at their destination; the percentiles are over these. */
  seen: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/**
 * Publish-to-seen bookkeeping by event key: when each was published, when it
 * was first seen, and which are still awaited (what a poller asks about, so
 * each poll reads only the rows it does not know yet). Times in milliseconds
 * from any one monotonic clock (performance.now()).
 */
export class LatencyBook {
  private readonly publishedAt = new Map<string, number>();
  private readonly awaited = new Set<string>();
  private readonly latencies: number[] = [];
  private readonly acknowledgements: number[] = [];

  published(key: string, at: number): void {
    if (this.publishedAt.has(key)) throw new Error(`${key} was published twice`);
    this.publishedAt.set(key, at);
    this.awaited.add(key);
  }

  /**
   * Records the broker's acknowledgement of keys published together (one send): how long the
   * publisher waited for it, which the latency includes. An unknown key is ignored.
   */
  acknowledged(keys: readonly string[], at: number): void {
    for (const key of keys) {
      const published = this.publishedAt.get(key);
      if (published !== undefined) this.acknowledgements.push(at - published);
    }
  }

  /** Records the first sighting of a published key; a second sighting, or an unknown key, is ignored. */
  seen(key: string, at: number): void {
    if (!this.awaited.delete(key)) return;
    this.latencies.push(at - this.publishedAt.get(key)!);
  }

  /** The oldest `limit` keys published and not seen yet, in publishing order. */
  pending(limit = Infinity): string[] {
    const keys: string[] = [];
    for (const key of this.awaited) {
      if (keys.length >= limit) break;
      keys.push(key);
    }
    return keys;
  }

  get pendingCount(): number {
    return this.awaited.size;
  }

  /** Publication to first sighting, over the keys seen. */
  summary(): LatencySummary {
    return this.summaryOf(this.latencies);
  }

  /** Publication to the broker's acknowledgement, over the keys acknowledged (`seen` counts those). */
  acknowledgedSummary(): LatencySummary {
    return this.summaryOf(this.acknowledgements);
  }

  private summaryOf(latencies: readonly number[]): LatencySummary {
    const sorted = [...latencies].sort((a, b) => a - b);
    return {
      published: this.publishedAt.size,
      seen: sorted.length,
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
      max: round(sorted[sorted.length - 1] ?? NaN),
    };
  }
}

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

/** The latencies of the events published in one stretch of a phase, `fromS` to `toS` seconds after its start. */
export interface LatencyWindow {
  fromS: number;
  toS: number;
  /** Events published in the stretch and seen; the percentiles are over these. */
  seen: number;
  p50: number;
  p99: number;
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
  /** When each latency's event was published, index for index. */
  private readonly latencyPublishedAt: number[] = [];
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
    const published = this.publishedAt.get(key)!;
    this.latencies.push(at - published);
    this.latencyPublishedAt.push(published);
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

  /**
   * The latencies by when their events were published: `count` equal stretches from `origin` to the last
   * publication, so that a phase whose latency grows as it goes (a queue that never settles), or jumps for a
   * while, shows it, where one summary over the phase would not say whether a longer phase would read the same.
   */
  overTime(origin: number, count: number): LatencyWindow[] {
    let last = origin;
    for (const at of this.publishedAt.values()) last = Math.max(last, at);
    const span = (last - origin) / count;
    const byWindow = Array.from({ length: count }, () => [] as number[]);
    this.latencies.forEach((latency, i) => {
      const at = this.latencyPublishedAt[i] - origin;
      // The last publication ends the last stretch, inside it.
      byWindow[Math.min(count - 1, Math.max(0, Math.floor(span > 0 ? at / span : 0)))].push(
        latency,
      );
    });
    return byWindow.map((latencies, i) => {
      const sorted = latencies.sort((a, b) => a - b);
      return {
        fromS: round((i * span) / 1000, 1),
        toS: round(((i + 1) * span) / 1000, 1),
        seen: sorted.length,
        p50: round(percentile(sorted, 50)),
        p99: round(percentile(sorted, 99)),
      };
    });
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

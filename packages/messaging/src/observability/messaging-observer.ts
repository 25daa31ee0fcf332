/**
 * What the relay and the consumers report as they work, for metrics. The
 * messaging package knows no metrics library: a process passes an observer
 * (`@salesgraph/observability`'s MessagingMetrics.observer()) or none.
 */
export interface MessagingObserver {
  /** One consumed message to its end, retries included. */
  handled?(o: {
    group: string;
    topic: string;
    eventType: string;
    outcome: string;
    seconds: number;
  }): void;
  /** A failed attempt that will be retried; `transient` when the cause is an outage. */
  retrying?(o: { group: string; eventType: string; transient: boolean }): void;
  /** A message the broker acknowledged on a dead-letter topic. */
  deadLettered?(o: { topic: string; kind: string; group: string }): void;
  /** One batch sent by the relay, acknowledged or not. */
  published?(o: { topic: string; count: number; seconds: number; ok: boolean }): void;
}

/** Seconds since a `process.hrtime.bigint()` reading. */
export function secondsSince(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e9;
}

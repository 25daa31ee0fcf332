import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Keeps a busy consumer's fetches at least `intervalMs` apart (issue 17). kafkajs
 * fetches again as soon as the batches of the last fetch are handled, so a
 * consumer downstream of a steady stream wakes for every small produce request
 * upstream: a transaction, a round of commits and a fetch request for a handful
 * of events each time, at 1,000 lead events a second about 30 times a second in
 * every service. Holding the end of a fetch's handling until `intervalMs` after
 * that fetch returned lets messages gather on the broker meanwhile: fewer,
 * larger batches, each message later by up to `intervalMs`. An idle consumer is
 * not slowed: its fetch waits on the broker and returns with the first message,
 * which is handled at once. With 0, nothing is held.
 */
export class FetchSpacing {
  private fetchedAt = 0;

  constructor(private readonly intervalMs: number) {}

  /** A fetch returned (kafkajs' FETCH event: once per fetch, before its batches are handed on). */
  fetched(): void {
    this.fetchedAt = performance.now();
  }

  /**
   * Called once a fetch's batch is handled: waits out the rest of the interval
   * since that fetch, unless the consumer is stopping (`running` false).
   */
  async beforeNextFetch(running: () => boolean): Promise<void> {
    const rest = this.fetchedAt + this.intervalMs - performance.now();
    if (this.intervalMs > 0 && rest > 0 && running()) await sleep(rest);
  }
}

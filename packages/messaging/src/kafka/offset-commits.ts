import type { Logger } from '../logger';

/**
 * Commits a consumer's handled offsets at most once per interval. kafkajs's
 * autoCommit sends an offset commit after every partition batch it fetched,
 * whatever autoCommitInterval says: during an ingest that was a round trip to
 * the group coordinator per few events, in every consuming service. The
 * inbox makes the cost of committing later harmless: after a crash or a lost
 * partition, up to one interval of events is read again and skipped as
 * already processed.
 *
 * Offsets handled before a stop or a rebalance are committed then (`flush`),
 * so a clean handover reads nothing twice.
 */
export class OffsetCommits {
  private timer?: NodeJS.Timeout;
  private pending?: () => Promise<void>;

  constructor(
    private readonly intervalMs: number,
    private readonly logger?: Logger,
  ) {}

  /** Offsets were handled; `commit` commits every one handled so far. */
  handled(commit: () => Promise<void>): void {
    this.pending = commit;
    this.timer ??= setTimeout(() => void this.flush(), this.intervalMs);
  }

  /** Commits what was handled and not yet committed, now. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const commit = this.pending;
    this.pending = undefined;
    if (!commit) return;
    try {
      await commit();
    } catch (error) {
      // The group moved on (rebalance, stop): the partitions' next owner reads
      // the uncommitted events again, and its inbox skips them.
      this.logger?.warn(
        { err: error },
        'could not commit consumed offsets; their events will be read again and skipped',
      );
    }
  }

  /** Drops the timer without committing (the consumer is gone). */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
  }
}

import type { DataSource } from 'typeorm';
import type { Logger } from '../logger';
import { CommitListener } from './commit-listener';

/**
 * What a cache kept between requests needs to stay coherent across a
 * service's replicas: every write of what it keeps notifies `channel` in its
 * transaction, and each replica's listener clears the cache when that commits.
 * While the listener is not connected (starting, the database restarting)
 * nothing may be kept (`keeping` is false); a reconnection clears too, as
 * notifications may have been missed meanwhile. A read takes a `mark()` before
 * it goes to the database and keeps what it brought back only if
 * `stillCurrent(mark)`: no change committed meanwhile.
 */
export abstract class CommitClearedCache {
  private readonly listener: CommitListener;
  /** Bumped at every clear. */
  private generation = 0;

  constructor(options: {
    dataSource: DataSource;
    logger: Logger;
    channel: string;
    who: { name: string; whileAway: string };
  }) {
    this.listener = new CommitListener({ ...options, onCommit: () => this.clear() });
  }

  /** Whether it keeps answers now (its listener is connected). */
  get keeping(): boolean {
    return this.listener.listening;
  }

  start(): void {
    this.listener.start();
  }

  async stop(): Promise<void> {
    await this.listener.stop();
    this.clear();
  }

  /** Taken before a read from the database. */
  protected mark(): number {
    return this.generation;
  }

  /** Whether what a read begun at `mark` brought back may be kept: no change came meanwhile. */
  protected stillCurrent(mark: number): boolean {
    return mark === this.generation && this.listener.listening;
  }

  /** Forgets everything now, and makes reads in flight not keep what they bring back. */
  protected clear(): void {
    this.generation += 1;
    this.forgetAll();
  }

  /** Empties what the cache keeps. */
  protected abstract forgetAll(): void;
}

import { CommitClearedCache, type Logger } from '@salesgraph/messaging';
import type { BackgroundJob } from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';

/** What every change of the directory notifies in its transaction: each instance's cache forgets at the commit. */
export const ACCOUNT_DIRECTORY_CHANNEL = 'account_directory';

/** Past this many different sets of owners the cache starts afresh: a bound, not an eviction policy. */
const MAX_ENTRIES = 5_000;

/** Announces a directory change to every instance's cache; delivered when `manager`'s transaction commits. */
export async function announceDirectoryChange(manager: EntityManager): Promise<void> {
  await manager.query('SELECT pg_notify($1, $2)', [ACCOUNT_DIRECTORY_CHANNEL, '']);
}

/**
 * The accounts of a set of owners between requests, for reads outside a
 * transaction: the order and lead services scope every seller's request by
 * the accounts the seller's people own, and that read was one statement of
 * every such request (one of the key-account view's four in the order
 * service), for an answer that changes only when an account is created or
 * handed over.
 *
 * Coherent across instances as the catalogue cache is (CommitClearedCache):
 * every write of the directory notifies ACCOUNT_DIRECTORY_CHANNEL in its
 * transaction. Changes read through their own transaction, never from here
 * (see AccountDirectory.accountsOwnedBy).
 */
export class OwnedAccountsCache extends CommitClearedCache implements BackgroundJob {
  readonly name = 'owned accounts cache';
  private readonly owned = new Map<string, readonly string[]>();

  constructor(dataSource: DataSource, logger: Logger) {
    super({
      dataSource,
      logger,
      channel: ACCOUNT_DIRECTORY_CHANNEL,
      who: {
        name: 'owned accounts cache',
        whileAway: 'the accounts of sellers are read from the database until it is back',
      },
    });
  }

  /** The accounts of `owners`, kept or read through `read` (and kept if no change came meanwhile). */
  async of(owners: readonly string[], read: () => Promise<string[]>): Promise<string[]> {
    if (!this.keeping) return read();
    const key = [...owners].sort().join('\n');
    const kept = this.owned.get(key);
    if (kept) return [...kept];
    const mark = this.mark();
    const fetched = await read();
    if (this.stillCurrent(mark)) {
      if (this.owned.size >= MAX_ENTRIES) this.owned.clear();
      this.owned.set(key, [...fetched]);
    }
    return fetched;
  }

  protected forgetAll(): void {
    this.owned.clear();
  }
}

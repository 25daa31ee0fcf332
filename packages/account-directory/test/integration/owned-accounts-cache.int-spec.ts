import { randomUUID } from 'node:crypto';
import { silentLogger } from '@salesgraph/messaging';
import type { TestDatabase } from '@salesgraph/testing';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { AccountDirectory, OwnedAccountsCache } from '../../src';
import { migratedDirectoryDatabase } from './support/directory-database';

/**
 * The accounts of owners are kept between reads outside a transaction, and
 * forgotten by every instance when a directory change commits: through this
 * directory, or on another connection (another instance's consumer).
 */
describe('OwnedAccountsCache', () => {
  let database: TestDatabase;
  let source: DataSource;
  let cache: OwnedAccountsCache;
  let directory: AccountDirectory;

  const create = (accountId: string, ownerId: string) =>
    directory.applyCreated(source.manager, {
      accountId,
      name: `Account ${accountId.slice(0, 8)}`,
      ownerId,
      tier: 'STANDARD',
      domain: `${accountId}.example`,
      segment: 'SMALL',
      origin: 'MANUAL',
      createdAt: new Date().toISOString(),
    });

  /** Counts the statements `read` sends through the data source's pool. */
  const statementsOf = async <T>(read: () => Promise<T>) => {
    const sent = jest.spyOn(source.manager, 'query');
    try {
      return { result: await read(), statements: sent.mock.calls.length };
    } finally {
      sent.mockRestore();
    }
  };

  /** Reads until `expected`: a notification arrives just after its commit. */
  const eventually = async (owner: string, expected: string[]) => {
    const until = Date.now() + 5_000;
    for (;;) {
      const found = await directory.accountsOwnedBy(source.manager, [owner]);
      if (
        JSON.stringify(found.sort()) === JSON.stringify([...expected].sort()) ||
        Date.now() > until
      )
        return found.sort();
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };

  /**
   * Reads until three reads in a row, 50 ms apart, are answered from memory
   * (within 5 s): the notification of a create arrives some milliseconds after
   * its commit and clears what a read made meanwhile kept. The last read's figures.
   */
  const fromMemory = async (owner: string) => {
    const until = Date.now() + 5_000;
    for (let inARow = 0; ;) {
      const read = await statementsOf(() => directory.accountsOwnedBy(source.manager, [owner]));
      inARow = read.statements === 0 ? inARow + 1 : 0;
      if (inARow === 3 || Date.now() > until) return read;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  beforeAll(async () => {
    ({ database, source } = await migratedDirectoryDatabase('owned-accounts-cache'));
    cache = new OwnedAccountsCache(source, silentLogger);
    directory = new AccountDirectory(cache);
    cache.start();
    const until = Date.now() + 5_000;
    while (!cache.keeping && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  });

  afterAll(async () => {
    await cache?.stop();
    await source?.destroy();
    await database?.drop();
  });

  it('reads the accounts of owners once, then from memory', async () => {
    expect(cache.keeping).toBe(true);
    const first = randomUUID();
    await create(first, 'u-keep-ana');
    expect(await eventually('u-keep-ana', [first])).toEqual([first]);
    expect(await fromMemory('u-keep-ana')).toEqual({ result: [first], statements: 0 });
    const again = await statementsOf(() =>
      directory.accountsOwnedBy(source.manager, ['u-keep-ana']),
    );
    expect(again).toEqual({ result: [first], statements: 0 });
  });

  it('forgets when the directory changes here', async () => {
    const [first, second] = [randomUUID(), randomUUID()];
    await create(first, 'u-keep-ben');
    expect(await eventually('u-keep-ben', [first])).toEqual([first]);
    await create(second, 'u-keep-ben');
    expect(await eventually('u-keep-ben', [first, second])).toEqual([first, second].sort());
  });

  it('forgets when another connection’s change commits, and not before', async () => {
    const first = randomUUID();
    await create(first, 'u-keep-cem');
    expect(await eventually('u-keep-cem', [first])).toEqual([first]);
    expect(await fromMemory('u-keep-cem')).toEqual({ result: [first], statements: 0 });
    const other = new Client({ connectionString: database.url });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query(`UPDATE account_owner SET owner_id = 'u-keep-dan' WHERE account_id = $1`, [
        first,
      ]);
      await other.query('SELECT pg_notify($1, $2)', ['account_directory', '']);
      // Not committed: the cache still answers what was true, without a statement.
      const meanwhile = await statementsOf(() =>
        directory.accountsOwnedBy(source.manager, ['u-keep-cem']),
      );
      expect(meanwhile).toEqual({ result: [first], statements: 0 });
      await other.query('COMMIT');
    } finally {
      await other.end();
    }
    expect(await eventually('u-keep-cem', [])).toEqual([]);
    expect(await eventually('u-keep-dan', [first])).toEqual([first]);
  });

  it('reads through a transaction, never from memory', async () => {
    const first = randomUUID();
    await create(first, 'u-keep-eva');
    expect(await eventually('u-keep-eva', [first])).toEqual([first]);
    await source.transaction(async (manager) => {
      const second = randomUUID();
      await directory.applyCreated(manager, {
        accountId: second,
        name: 'In flight',
        ownerId: 'u-keep-eva',
        tier: 'STANDARD',
        segment: 'SMALL',
        origin: 'MANUAL',
        createdAt: new Date().toISOString(),
      });
      expect((await directory.accountsOwnedBy(manager, ['u-keep-eva'])).sort()).toEqual(
        [first, second].sort(),
      );
    });
  });
});

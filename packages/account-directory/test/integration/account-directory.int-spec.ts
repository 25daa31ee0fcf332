import { randomUUID } from 'node:crypto';
import type { AccountCreatedData } from '@salesgraph/events';
import type { TestDatabase } from '@salesgraph/testing';
import type { DataSource } from 'typeorm';
import { AccountDirectory, AccountOwner } from '../../src';
import { migratedDirectoryDatabase } from './support/directory-database';

describe('AccountDirectory', () => {
  let database: TestDatabase;
  let source: DataSource;
  const directory = new AccountDirectory();

  beforeAll(async () => {
    ({ database, source } = await migratedDirectoryDatabase('account-directory'));
  });

  afterAll(async () => {
    await source?.destroy();
    await database?.drop();
  });

  const created = (accountId: string, createdAt: string): AccountCreatedData => ({
    accountId,
    name: 'Hooli Labs',
    ownerId: 'u-rep-raj',
    tier: 'STANDARD',
    domain: 'www.Hooli.example',
    segment: 'SMALL',
    origin: 'MANUAL',
    createdAt,
  });
  const read = (accountId: string) => source.manager.findOneByOrFail(AccountOwner, { accountId });

  it('answers the accounts of some owners, and none for no owner', async () => {
    const [first, second, other] = [randomUUID(), randomUUID(), randomUUID()];
    const owned = (accountId: string, ownerId: string) =>
      directory.applyCreated(source.manager, {
        ...created(accountId, '2026-01-01T00:00:00Z'),
        ownerId,
        domain: `${accountId}.example`,
      });
    await owned(first, 'u-owner-ana');
    await owned(second, 'u-owner-ben');
    await owned(other, 'u-owner-cem');
    const sorted = (ids: string[]) => [...ids].sort();
    expect(await directory.accountsOwnedBy(source.manager, ['u-owner-ana'])).toEqual([first]);
    expect(
      sorted(await directory.accountsOwnedBy(source.manager, ['u-owner-ana', 'u-owner-ben'])),
    ).toEqual(sorted([first, second]));
    expect(await directory.accountsOwnedBy(source.manager, ['u-nobody'])).toEqual([]);
    expect(await directory.accountsOwnedBy(source.manager, [])).toEqual([]);
  });

  it('lets two writers project the same new account at once', async () => {
    const accountId = randomUUID();
    // The second transaction's insert waits on the first's row and must then
    // fold into it, not fail with a duplicate key.
    await Promise.all(
      [0, 1].map(() =>
        source.transaction(async (manager) => {
          await directory.applyCreated(manager, created(accountId, '2026-01-01T00:00:00Z'));
          await new Promise((resolve) => setTimeout(resolve, 50));
        }),
      ),
    );
    expect(await read(accountId)).toMatchObject({
      name: 'Hooli Labs',
      ownerId: 'u-rep-raj',
      domain: 'hooli.example',
      segment: 'SMALL',
    });
  });

  it('keeps the newer state when an older event arrives late, but fills in a placeholder name', async () => {
    const accountId = randomUUID();
    await directory.applyOwnerChanged(source.manager, {
      accountId,
      previousOwnerId: 'u-rep-raj',
      ownerId: 'u-rep-mia',
      tier: 'KEY',
      reason: 'handoff',
      ruleVersion: '1',
      changedAt: '2026-02-01T00:00:00Z',
    });
    expect(await read(accountId)).toMatchObject({
      name: '(unknown account)',
      ownerId: 'u-rep-mia',
    });

    await directory.applyCreated(source.manager, created(accountId, '2026-01-01T00:00:00Z'));
    const row = await read(accountId);
    expect(row).toMatchObject({
      name: 'Hooli Labs',
      ownerId: 'u-rep-mia',
      tier: 'KEY',
      domain: null,
    });
    expect(row.updatedAt.toISOString()).toBe('2026-02-01T00:00:00.000Z');
  });

  it('changes only what a newer event names, including a domain cleared to null', async () => {
    const accountId = randomUUID();
    await directory.applyCreated(source.manager, created(accountId, '2026-01-01T00:00:00Z'));
    await directory.applyRenamed(source.manager, {
      accountId,
      domain: null,
      updatedAt: '2026-03-01T00:00:00Z',
    });
    expect(await read(accountId)).toMatchObject({
      name: 'Hooli Labs',
      ownerId: 'u-rep-raj',
      domain: null,
      segment: 'SMALL',
    });
    await directory.applyRenamed(source.manager, {
      accountId,
      name: 'Hooli Old',
      updatedAt: '2026-02-01T00:00:00Z',
    });
    expect((await read(accountId)).name).toBe('Hooli Labs');
  });
});

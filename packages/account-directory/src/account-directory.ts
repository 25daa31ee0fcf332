import type {
  AccountCreatedData,
  AccountOwnerChangedData,
  KeyAccountDesignatedData,
} from '@salesgraph/events';
import { compiledSelect } from '@salesgraph/service-kit';
import type { EntityManager } from 'typeorm';
import { AccountOwner } from './account-owner.entity';
import { normaliseDomain } from './normalise-domain';
import { announceDirectoryChange, type OwnedAccountsCache } from './owned-accounts-cache';

/**
 * The accounts of some owners: every request that scopes a seller's records
 * reads it, so its statement is written once (see compiledSelect).
 */
const accountsOfOwners = compiledSelect((manager: EntityManager, _shape: 'of owners') =>
  manager
    .createQueryBuilder(AccountOwner, 'owner')
    .select('owner.accountId')
    .where('owner.ownerId = ANY(:owners)'),
);

/**
 * Answers "who owns this account" outside the account service, from its
 * events. Updates carry the event time; an older event never overwrites a
 * newer state, so redelivery and replays are harmless. Every update notifies
 * the owned-accounts caches of every instance (OwnedAccountsCache).
 */
export class AccountDirectory {
  /** With `ownedAccounts`, the accounts of owners read outside a transaction are kept between requests. */
  constructor(private readonly ownedAccounts?: OwnedAccountsCache) {}

  async ownerOf(manager: EntityManager, accountId: string): Promise<AccountOwner | null> {
    return manager.findOneBy(AccountOwner, { accountId });
  }

  async accountsOwnedBy(manager: EntityManager, ownerIds: readonly string[]): Promise<string[]> {
    if (ownerIds.length === 0) return [];
    const read = async () =>
      (await accountsOfOwners(manager, 'of owners', { owners: [...ownerIds] })).map(
        (r) => r.accountId,
      );
    // A transaction reads for itself: a change it makes, or one that committed just before, counts.
    return this.ownedAccounts && !manager.queryRunner?.isTransactionActive
      ? this.ownedAccounts.of(ownerIds, read)
      : read();
  }

  /** The accounts whose normalised domain is `domain` (normally one: the account service keeps it unique). */
  async accountsWithDomain(manager: EntityManager, domain: string): Promise<AccountOwner[]> {
    const normalised = normaliseDomain(domain);
    if (!normalised) return [];
    return manager.find(AccountOwner, { where: { domain: normalised }, order: { name: 'ASC' } });
  }

  async applyCreated(manager: EntityManager, data: AccountCreatedData): Promise<void> {
    await this.upsert(
      manager,
      data.accountId,
      {
        name: data.name,
        ownerId: data.ownerId,
        tier: data.tier,
        domain: normaliseDomain(data.domain),
        segment: data.segment,
      },
      data.createdAt,
    );
  }

  /** An account's name or domain changed (AccountUpdated); only what it names changes here. */
  async applyRenamed(
    manager: EntityManager,
    data: {
      accountId: string;
      name?: string;
      domain?: string | null;
      segment?: string;
      updatedAt: string;
    },
  ): Promise<void> {
    const changes: Partial<Pick<AccountOwner, 'name' | 'domain' | 'segment'>> = {};
    if (data.segment !== undefined) changes.segment = data.segment;
    if (data.name !== undefined) changes.name = data.name;
    if (data.domain !== undefined) changes.domain = normaliseDomain(data.domain);
    if (Object.keys(changes).length > 0)
      await this.upsert(manager, data.accountId, changes, data.updatedAt);
  }

  async applyOwnerChanged(manager: EntityManager, data: AccountOwnerChangedData): Promise<void> {
    await this.upsert(
      manager,
      data.accountId,
      { ownerId: data.ownerId, tier: data.tier },
      data.changedAt,
    );
  }

  async applyKeyAccountDesignated(
    manager: EntityManager,
    data: KeyAccountDesignatedData,
  ): Promise<void> {
    await this.upsert(
      manager,
      data.accountId,
      { ownerId: data.accountManagerId, tier: 'KEY' },
      data.designatedAt,
    );
  }

  /**
   * One statement, so that two writers of the same account cannot race: the
   * order service's consumer and its demo seed both project AccountCreated,
   * and a read-then-insert lost to the other with a duplicate key. Each named
   * column takes the event's value unless the row already holds a newer
   * state; a placeholder name is filled in whatever the order.
   */
  private async upsert(
    manager: EntityManager,
    accountId: string,
    changes: Partial<Pick<AccountOwner, 'name' | 'ownerId' | 'tier' | 'domain' | 'segment'>>,
    at: string,
  ): Promise<void> {
    const newer = 'o.updated_at <= EXCLUDED.updated_at';
    const named = (Object.keys(changes) as (keyof typeof changes)[]).filter(
      (key) => changes[key] !== undefined,
    );
    const set = named.map((key) => {
      const column = directoryColumns[key];
      const takes = key === 'name' ? `${newer} OR o.name = '${unknownAccount}'` : newer;
      return `${column} = CASE WHEN ${takes} THEN EXCLUDED.${column} ELSE o.${column} END`;
    });
    await manager.query(
      `INSERT INTO account_owner AS o (account_id, name, owner_id, tier, domain, segment, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (account_id) DO UPDATE SET
         ${[...set, 'updated_at = GREATEST(o.updated_at, EXCLUDED.updated_at)'].join(',\n         ')}`,
      [
        accountId,
        changes.name ?? unknownAccount,
        changes.ownerId ?? '',
        changes.tier ?? 'STANDARD',
        changes.domain ?? null,
        changes.segment ?? null,
        new Date(at),
      ],
    );
    await announceDirectoryChange(manager);
  }
}

/** The name an account has here until an event names it. */
const unknownAccount = '(unknown account)';

const directoryColumns = {
  name: 'name',
  ownerId: 'owner_id',
  tier: 'tier',
  domain: 'domain',
  segment: 'segment',
} as const;

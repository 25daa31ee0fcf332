import type { AccessPolicy, RecordScope } from '@salesgraph/access';
import { hasRole } from '@salesgraph/identity';
import {
  compiledSelect,
  keyParameter,
  onlyUuids,
  readerOf,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { Account } from './account.entity';
import { accountOwningRoles } from './account-roles';
import { AccountException } from './account.exception';

/**
 * Who may see and change which account: the platform's AccessPolicy (owners,
 * the sales managers of their teams, coordinators to read, ADMIN), and one
 * filter of the account service's own on top: marketing and departments see
 * no account directly, even one that happened to name them as owner. They
 * reach customers only through records that grant it (the touchpoints
 * marketing carries out, the service requests routed to a department).
 * Everything under an account (contacts, threats, team, plan, proposals,
 * requests) is as visible and changeable as the account.
 */
export class AccountAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  /** Owner ids whose accounts the user may see; undefined for every owner's. */
  async visibleOwners(
    command: CommandContext,
    manager?: EntityManager,
  ): Promise<readonly string[] | undefined> {
    return ownersVisibleIn(await this.policy.scopeOf(command, manager));
  }

  async findVisible(
    command: CommandContext,
    ids: readonly string[],
    manager: EntityManager = readerOf(this.dataSource, command),
  ): Promise<Account[]> {
    return findAccounts(manager, ids, await this.visibleOwners(command, manager));
  }

  /** The account if the user may see it; `notFound` otherwise, so its existence does not leak. */
  async requireVisible(
    command: CommandContext,
    id: string,
    manager?: EntityManager,
    notFound: () => Error = () => AccountException.notFound(id),
  ): Promise<Account> {
    const [account] = await this.findVisible(command, [id], manager);
    if (!account) throw notFound();
    return account;
  }

  /** FORBIDDEN unless the user may change what is under this account, which they see. */
  async requireChangeable(command: CommandContext, account: Account): Promise<void> {
    const scope = await this.policy.scopeOf(command);
    if (!hasRole(command.user, ...accountOwningRoles) || !scope.changes(account.ownerId))
      throw AccountException.readOnly();
  }

  /**
   * The account, locked for the rest of the transaction, if the user may
   * change what belongs to it: `notFound` when they cannot see it, FORBIDDEN
   * when they may only read it. The scope is read through the transaction,
   * so a team change that commits first is seen.
   */
  async requireWritable(
    command: CommandContext,
    manager: EntityManager,
    id: string,
    notFound: () => Error = () => AccountException.notFound(id),
  ): Promise<Account> {
    const scope = await this.policy.scopeOf(command, manager);
    const [visible] = await findAccounts(manager, [id], ownersVisibleIn(scope));
    if (!visible) throw notFound();
    if (!scope.changes(visible.ownerId)) throw AccountException.readOnly();
    const locked = await manager.findOne(Account, {
      where: { id: visible.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!locked) throw notFound();
    return locked;
  }
}

function ownersVisibleIn(scope: RecordScope): readonly string[] | undefined {
  const owners = scope.visibleOwners;
  if (owners === undefined) return undefined;
  return hasRole(scope.user, ...accountOwningRoles) ? owners : [];
}

/**
 * Accounts by id, of any owner or of some (a statement written once per shape: every request reads
 * one). One id is matched with `=`, so that PostgreSQL keeps the statement's generic plan instead
 * of planning it on every call (see `keyMatch` in service-kit's entities-by-keys).
 */
const accountsById = compiledSelect(
  (manager: EntityManager, shape: `${'one' | 'many'} of ${'any owner' | 'owners'}`) => {
    const read = manager
      .createQueryBuilder(Account, 'account')
      .where(shape.startsWith('one') ? 'account.id = :ids' : 'account.id = ANY(:ids)');
    return shape.endsWith('owners') ? read.andWhere('account.ownerId = ANY(:owners)') : read;
  },
);

function findAccounts(
  manager: EntityManager,
  ids: readonly string[],
  owners: readonly string[] | undefined,
): Promise<Account[]> {
  const valid = onlyUuids(ids);
  if (valid.length === 0 || owners?.length === 0) return Promise.resolve([]);
  const { count, value } = keyParameter(valid);
  return owners
    ? accountsById(manager, `${count} of owners`, { ids: value, owners: [...owners] })
    : accountsById(manager, `${count} of any owner`, { ids: value });
}

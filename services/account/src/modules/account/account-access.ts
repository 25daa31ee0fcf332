import { hasRole, type AuthenticatedUser } from '@salesgraph/identity';
import { ForbiddenError } from '@salesgraph/service-kit';
import type { TeamDirectory } from '@salesgraph/team-directory';
import { In, type EntityManager } from 'typeorm';
import { onlyUuids } from '../../common/uuid';
import { Account } from './account.entity';
import { AccountNotFoundError } from './account.exception';

/**
 * Who may see and change which account. Ownership decides: account managers
 * own their key accounts, reps their standard ones; a sales manager sees and
 * acts on the accounts of the members of their teams; sales coordinators
 * read every account (they administer all orders); ADMIN does anything.
 * Everyone else (marketing, departments) sees no account directly.
 */
export class AccountAccess {
  constructor(private readonly directory: TeamDirectory) {}

  /** Owner ids whose accounts the user may see; undefined means all. */
  async visibleOwnerIds(
    manager: EntityManager,
    user: AuthenticatedUser,
  ): Promise<string[] | undefined> {
    if (hasRole(user, 'ADMIN', 'SALES_COORDINATOR')) return undefined;
    const owners: string[] = [];
    if (user.roles.includes('SALES_REP') || user.roles.includes('ACCOUNT_MANAGER'))
      owners.push(user.id);
    if (user.roles.includes('SALES_MANAGER'))
      owners.push(user.id, ...(await this.directory.membersManagedBy(manager, user.id)));
    return owners;
  }

  async findVisible(
    manager: EntityManager,
    user: AuthenticatedUser,
    ids: readonly string[],
  ): Promise<Account[]> {
    const valid = onlyUuids(ids);
    const owners = await this.visibleOwnerIds(manager, user);
    if (valid.length === 0 || owners?.length === 0) return [];
    return manager.find(Account, {
      where: { id: In(valid), ...(owners ? { ownerId: In(owners) } : {}) },
    });
  }

  /** The account if the user may see it; NOT_FOUND otherwise, so its existence does not leak. */
  async requireVisible(
    manager: EntityManager,
    user: AuthenticatedUser,
    id: string,
  ): Promise<Account> {
    const [account] = await this.findVisible(manager, user, [id]);
    if (!account) throw new AccountNotFoundError(id);
    return account;
  }

  /**
   * The account, locked for the rest of the transaction, if the user may
   * change what belongs to it: NOT_FOUND when they cannot see it, FORBIDDEN
   * when they may only read it.
   */
  async requireWritable(
    manager: EntityManager,
    user: AuthenticatedUser,
    id: string,
  ): Promise<Account> {
    const visible = await this.requireVisible(manager, user, id);
    if (!(await this.mayChange(manager, user, visible)))
      throw new ForbiddenError(
        'You may read this account but not change it: only its owner, their sales manager or an admin may.',
      );
    const locked = await manager.findOne(Account, {
      where: { id: visible.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!locked) throw new AccountNotFoundError(id);
    return locked;
  }

  async mayChange(
    manager: EntityManager,
    user: AuthenticatedUser,
    account: Account,
  ): Promise<boolean> {
    if (user.roles.includes('ADMIN') || account.ownerId === user.id) return true;
    if (!user.roles.includes('SALES_MANAGER')) return false;
    return this.directory.manages(manager, user.id, account.ownerId);
  }
}

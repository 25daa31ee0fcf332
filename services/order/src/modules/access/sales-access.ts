import type { AccountDirectory } from '@salesgraph/account-directory';
import { hasRole, type AuthenticatedUser } from '@salesgraph/identity';
import type { TeamDirectory } from '@salesgraph/team-directory';
import type { EntityManager } from 'typeorm';

/**
 * What a user may see of orders and contracts:
 * - coordinators (order administration) and admins: everything;
 * - reps and account managers: the accounts they own (a rep's customers, an
 *   account manager's key accounts) plus what is credited to or placed by them;
 * - sales managers: the same for themselves and every member of their teams.
 */
export type SalesScope = { all: true } | { all: false; accountIds: string[]; sellerIds: string[] };

export class SalesAccess {
  constructor(
    private readonly accounts: AccountDirectory,
    private readonly teams: TeamDirectory,
  ) {}

  async scopeOf(manager: EntityManager, user: AuthenticatedUser): Promise<SalesScope> {
    if (hasRole(user, 'SALES_COORDINATOR')) return { all: true };
    const sellerIds = [user.id];
    if (user.roles.includes('SALES_MANAGER'))
      sellerIds.push(...(await this.teams.membersManagedBy(manager, user.id)));
    const accountIds = await this.accounts.accountsOwnedBy(manager, sellerIds);
    return { all: false, accountIds, sellerIds };
  }

  /** Whether the user may see everything about an account (its revenue, say). */
  async seesAccount(
    manager: EntityManager,
    user: AuthenticatedUser,
    accountId: string,
  ): Promise<boolean> {
    const scope = await this.scopeOf(manager, user);
    return scope.all || scope.accountIds.includes(accountId);
  }

  /**
   * The owner of an account a seller wants to order or contract for, when the
   * seller may: a rep or an account manager only for an account they own,
   * an admin for any account the directory knows. `undefined` when unknown.
   */
  async ownerFor(
    manager: EntityManager,
    accountId: string,
  ): Promise<{ ownerId: string; tier: 'STANDARD' | 'KEY' } | undefined> {
    const row = await this.accounts.ownerOf(manager, accountId);
    return row && row.ownerId ? { ownerId: row.ownerId, tier: row.tier } : undefined;
  }
}

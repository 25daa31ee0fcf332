import type { AccountDirectory } from '@salesgraph/account-directory';
import { hasRole, type AuthenticatedUser } from '@salesgraph/identity';
import type { EntityManager } from 'typeorm';
import type { TeamAccess } from '../team/team-access';

/**
 * Who may see an account's figures: its owner (from the account service's
 * events, via the account directory), the owner's sales manager, admins.
 */
export class AccountAccess {
  constructor(
    private readonly directory: AccountDirectory,
    private readonly teams: TeamAccess,
  ) {}

  async canSee(
    manager: EntityManager,
    viewer: AuthenticatedUser,
    accountId: string,
  ): Promise<boolean> {
    if (hasRole(viewer, 'ADMIN')) return true;
    const owner = await this.directory.ownerOf(manager, accountId);
    if (!owner) return false;
    return owner.ownerId === viewer.id || (await this.teams.canSee(manager, viewer, owner.ownerId));
  }
}

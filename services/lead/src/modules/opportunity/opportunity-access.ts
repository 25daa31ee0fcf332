import type { AccountDirectory } from '@salesgraph/account-directory';
import { hasRole, type AuthenticatedUser } from '@salesgraph/identity';
import type { TeamDirectory } from '@salesgraph/team-directory';
import type { EntityManager } from 'typeorm';
import { OpportunityScope } from './opportunity-scope';

/**
 * Record-level access to opportunities: the owner sees and changes theirs, a
 * sales manager their teams', an account manager sees those on the accounts
 * they own (the key-account view), ADMIN everything. Marketing sees none; it
 * follows its leads' outcome through Lead.opportunityStage.
 */
export class OpportunityAccess {
  constructor(
    private readonly teams: TeamDirectory,
    private readonly accounts: AccountDirectory,
  ) {}

  async scopeFor(manager: EntityManager, user: AuthenticatedUser): Promise<OpportunityScope> {
    if (hasRole(user, 'ADMIN')) return new OpportunityScope(true, [], []);
    const sells = user.roles.some(
      (r) => r === 'SALES_REP' || r === 'SALES_MANAGER' || r === 'ACCOUNT_MANAGER',
    );
    const ownerIds = sells ? [user.id] : [];
    if (user.roles.includes('SALES_MANAGER'))
      ownerIds.push(...(await this.teams.membersManagedBy(manager, user.id)));
    const accountIds = user.roles.includes('ACCOUNT_MANAGER')
      ? await this.accounts.accountsOwnedBy(manager, [user.id])
      : [];
    return new OpportunityScope(false, [...new Set(ownerIds)], accountIds);
  }
}

import type { Opportunity } from './opportunity.entity';

/** Which opportunities one user may see and change (see OpportunityAccess). */
export class OpportunityScope {
  constructor(
    readonly all: boolean,
    /** Owned by these users: the user's own and, for a manager, their teams'. */
    readonly ownerIds: readonly string[],
    /** ACCOUNT_MANAGER: every opportunity on the accounts they own, read only. */
    readonly accountIds: readonly string[],
  ) {}

  canChange(opportunity: Pick<Opportunity, 'ownerId'>): boolean {
    return this.all || this.ownerIds.includes(opportunity.ownerId);
  }

  canSee(opportunity: Pick<Opportunity, 'ownerId' | 'accountId'>): boolean {
    return this.canChange(opportunity) || this.accountIds.includes(opportunity.accountId);
  }

  toSql(alias: string): { where: string; params: Record<string, unknown> } {
    if (this.all) return { where: 'TRUE', params: {} };
    const parts: string[] = [];
    const params: Record<string, unknown> = {};
    if (this.ownerIds.length) {
      parts.push(`${alias}.owner_id IN (:...scopeOwnerIds)`);
      params.scopeOwnerIds = this.ownerIds;
    }
    if (this.accountIds.length) {
      parts.push(`${alias}.account_id IN (:...scopeAccountIds)`);
      params.scopeAccountIds = this.accountIds;
    }
    return { where: parts.length ? `(${parts.join(' OR ')})` : 'FALSE', params };
  }
}

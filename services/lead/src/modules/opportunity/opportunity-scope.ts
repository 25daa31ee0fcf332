import type { RecordScope } from '@salesgraph/access';
import type { Opportunity } from './opportunity.entity';

/**
 * Which opportunities one user may see and change: the platform's
 * RecordScope by owner, and the lead service's own filter on top of it: an
 * account manager sees (never changes) every opportunity on the accounts
 * they own, the key-account view. Marketing follows its leads' outcome
 * through Lead.opportunityStage instead.
 */
export class OpportunityScope {
  constructor(
    readonly record: RecordScope,
    /** ACCOUNT_MANAGER: the accounts they own, by the account directory. */
    readonly accountIds: readonly string[],
  ) {}

  canChange(opportunity: Pick<Opportunity, 'ownerId'>): boolean {
    return this.record.changes(opportunity.ownerId);
  }

  canSee(opportunity: Pick<Opportunity, 'ownerId' | 'accountId'>): boolean {
    return this.record.sees(opportunity.ownerId) || this.accountIds.includes(opportunity.accountId);
  }

  /** The opportunities (table aliased `alias`) the user may see, as a SQL condition. */
  toSql(alias: string): { where: string; params: Record<string, unknown> } {
    const owners = this.record.visibleOwners;
    if (!owners) return { where: 'TRUE', params: {} };
    const parts: string[] = [];
    const params: Record<string, unknown> = {};
    if (owners.length) {
      parts.push(`${alias}.owner_id IN (:...scopeOwnerIds)`);
      params.scopeOwnerIds = owners;
    }
    if (this.accountIds.length) {
      parts.push(`${alias}.account_id IN (:...scopeAccountIds)`);
      params.scopeAccountIds = this.accountIds;
    }
    return { where: parts.length ? `(${parts.join(' OR ')})` : 'FALSE', params };
  }
}

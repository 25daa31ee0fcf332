import type { Lead } from './lead.entity';
import { LeadOrigin } from './lead-origin';

/**
 * Which leads one user may see and which they may change, worked out once per
 * call from their roles and the team directory (see LeadAccess).
 */
export class LeadScope {
  constructor(
    /** ADMIN: everything. */
    readonly all: boolean,
    /** Leads owned by these users: the user's own and, for a manager, their teams'. */
    readonly ownerIds: readonly string[],
    /** MARKETING: the leads marketing sent, read only. */
    readonly marketingOrigin: boolean,
    /** SALES_MANAGER: the unassigned queue, for leads of no team or of these teams. */
    readonly queueTeamIds: readonly string[] | null,
  ) {}

  canChange(lead: Pick<Lead, 'ownerId' | 'teamId'>): boolean {
    if (this.all) return true;
    if (lead.ownerId != null) return this.ownerIds.includes(lead.ownerId);
    return (
      this.queueTeamIds != null && (lead.teamId == null || this.queueTeamIds.includes(lead.teamId))
    );
  }

  canSee(lead: Pick<Lead, 'ownerId' | 'teamId' | 'origin'>): boolean {
    return this.canChange(lead) || (this.marketingOrigin && lead.origin === LeadOrigin.MARKETING);
  }

  /** Whether the user sees leads only as marketing does: status and outcome, no reps' notes. */
  get marketingOnly(): boolean {
    return (
      !this.all && this.marketingOrigin && this.ownerIds.length === 0 && this.queueTeamIds == null
    );
  }

  /** A SQL condition on the lead table (aliased `alias`) and its parameters; parameter names are prefixed `scope`. */
  toSql(alias: string): { where: string; params: Record<string, unknown> } {
    if (this.all) return { where: 'TRUE', params: {} };
    const parts: string[] = [];
    const params: Record<string, unknown> = {};
    if (this.ownerIds.length) {
      parts.push(`${alias}.owner_id IN (:...scopeOwnerIds)`);
      params.scopeOwnerIds = this.ownerIds;
    }
    if (this.marketingOrigin) parts.push(`${alias}.origin = '${LeadOrigin.MARKETING}'`);
    if (this.queueTeamIds) {
      const teams = this.queueTeamIds.length
        ? ` OR ${alias}.team_id IN (:...scopeQueueTeamIds)`
        : '';
      parts.push(`(${alias}.owner_id IS NULL AND (${alias}.team_id IS NULL${teams}))`);
      if (this.queueTeamIds.length) params.scopeQueueTeamIds = this.queueTeamIds;
    }
    return { where: parts.length ? `(${parts.join(' OR ')})` : 'FALSE', params };
  }
}

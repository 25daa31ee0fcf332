import type { RecordScope } from '@salesgraph/access';
import { hasRole } from '@salesgraph/identity';
import type { Lead } from './lead.entity';
import { LeadOrigin } from './lead-origin';

/** A SQL condition and its parameters; parameter names are prefixed `scope`. */
export interface ScopeSql {
  where: string;
  params: Record<string, unknown>;
}

/**
 * Which leads one user may see and change: the platform's RecordScope (their
 * own, a manager's teams', a coordinator reads all, ADMIN everything) and
 * the lead service's own filters on top of it:
 * - marketing sees the leads it sent (origin MARKETING) and changes none;
 * - a sales manager works the unassigned queue of the teams they manage and
 *   the queue of no team.
 * Leads are held by reps only (a manager holds them through their reps), so
 * for anyone else the owner condition could match nothing and is left out.
 */
export class LeadScope {
  /** Owners whose leads the user sees and changes. */
  private readonly owners: readonly string[];
  /** MARKETING: the leads marketing sent, read only. */
  readonly marketing: boolean;
  /** SALES_MANAGER: the unassigned queue, for leads of no team or of these teams. */
  readonly queueTeamIds: readonly string[] | null;

  constructor(readonly record: RecordScope) {
    const { user } = record;
    this.owners = hasRole(user, 'SALES_REP', 'SALES_MANAGER') ? record.people : [];
    this.marketing = !record.everything && hasRole(user, 'MARKETING');
    this.queueTeamIds =
      !record.everything && hasRole(user, 'SALES_MANAGER') ? record.managedTeamIds : null;
  }

  canChange(lead: Pick<Lead, 'ownerId' | 'teamId'>): boolean {
    if (this.record.everything) return true;
    if (lead.ownerId != null) return this.owners.includes(lead.ownerId);
    return (
      this.queueTeamIds != null && (lead.teamId == null || this.queueTeamIds.includes(lead.teamId))
    );
  }

  canSee(lead: Pick<Lead, 'ownerId' | 'teamId' | 'origin'>): boolean {
    return (
      this.record.readsEverything ||
      this.canChange(lead) ||
      (this.marketing && lead.origin === LeadOrigin.MARKETING)
    );
  }

  /** Whether the user sees leads only as marketing does: status and outcome, no reps' notes. */
  get marketingOnly(): boolean {
    return this.marketing && this.owners.length === 0 && this.queueTeamIds == null;
  }

  /** The leads (table aliased `alias`) the user may see, or may change, as a SQL condition. */
  toSql(alias: string, purpose: 'see' | 'change' = 'see'): ScopeSql {
    if (this.record.everything || (purpose === 'see' && this.record.readsEverything))
      return { where: 'TRUE', params: {} };
    const parts: string[] = [];
    const params: Record<string, unknown> = {};
    if (this.owners.length) {
      parts.push(`${alias}.owner_id IN (:...scopeOwnerIds)`);
      params.scopeOwnerIds = this.owners;
    }
    if (purpose === 'see' && this.marketing)
      parts.push(`${alias}.origin = '${LeadOrigin.MARKETING}'`);
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

import type { AuthenticatedUser } from '@salesgraph/identity';

/**
 * Whose records one user may see and change, worked out once per command by
 * the AccessPolicy. The platform's one rule:
 * - everyone sees and changes their own records;
 * - a sales manager also those of every member of the teams they manage;
 * - a sales coordinator sees everything (order administration serves every
 *   seller) but changes nothing by ownership; what coordinators may do is
 *   granted by role, per command;
 * - ADMIN sees and changes everything.
 * Services add only their own filters on top (marketing's leads, an account
 * manager's key accounts, a department's service requests).
 */
export class RecordScope {
  constructor(
    readonly user: AuthenticatedUser,
    /** ADMIN: everything, to see and to change. */
    readonly everything: boolean,
    /** SALES_COORDINATOR: everything, to see. */
    readonly readsEverything: boolean,
    /** The user and, for a sales manager, every member of their teams. */
    readonly people: readonly string[],
    /** The teams the user manages. */
    readonly managedTeamIds: readonly string[],
  ) {}

  /** Whether records owned by `ownerId` are visible. */
  sees(ownerId: string | null | undefined): boolean {
    return (
      this.everything || this.readsEverything || (ownerId != null && this.people.includes(ownerId))
    );
  }

  /** Whether records owned by `ownerId` may be changed. */
  changes(ownerId: string | null | undefined): boolean {
    return this.everything || (ownerId != null && this.people.includes(ownerId));
  }

  /** Owner ids to filter a query by; undefined when every owner's records are visible. */
  get visibleOwners(): readonly string[] | undefined {
    return this.everything || this.readsEverything ? undefined : this.people;
  }

  /** Owner ids whose records may be changed; undefined for everyone's. */
  get changeableOwners(): readonly string[] | undefined {
    return this.everything ? undefined : this.people;
  }

  /** Whether the user manages `userId` (or is an admin): approvals, reassignments. */
  managesPerson(userId: string): boolean {
    return this.everything || (userId !== this.user.id && this.people.includes(userId));
  }

  /** Whether the user manages the team (or is an admin). */
  managesTeam(teamId: string): boolean {
    return this.everything || this.managedTeamIds.includes(teamId);
  }
}

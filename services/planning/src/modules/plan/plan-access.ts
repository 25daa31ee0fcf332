import { hasRole, type AuthenticatedUser } from '@salesgraph/identity';
import type { EntityManager } from 'typeorm';
import type { TeamAccess } from '../team/team-access';
import type { AccountPlan } from './account-plan.entity';

/**
 * Record-level rules of account plans: the account manager edits, their
 * sales manager approves, both (and admins) read.
 */
export class PlanAccess {
  constructor(private readonly teams: TeamAccess) {}

  canEdit(viewer: AuthenticatedUser, plan: AccountPlan): boolean {
    return plan.accountManagerId === viewer.id || hasRole(viewer, 'ADMIN');
  }

  async canApprove(
    manager: EntityManager,
    viewer: AuthenticatedUser,
    plan: AccountPlan,
  ): Promise<boolean> {
    if (hasRole(viewer, 'ADMIN')) return true;
    return (
      viewer.roles.includes('SALES_MANAGER') &&
      this.teams.manages(manager, viewer.id, plan.accountManagerId)
    );
  }

  canRead(manager: EntityManager, viewer: AuthenticatedUser, plan: AccountPlan): Promise<boolean> {
    return this.teams.canSee(manager, viewer, plan.accountManagerId);
  }

  /** Account managers whose plans the viewer reads; undefined means all (admin). */
  visibleOwners(manager: EntityManager, viewer: AuthenticatedUser): Promise<string[] | undefined> {
    return this.teams.visibleUserIds(manager, viewer);
  }
}

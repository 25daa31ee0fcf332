import { hasRole, type AuthenticatedUser } from '@salesgraph/identity';
import type { EntityManager } from 'typeorm';
import { SalesTeamMember } from './sales-team-member.entity';
import { SalesTeam } from './sales-team.entity';

export interface Membership {
  teamId: string;
  teamName: string;
  managerId: string;
  role: SalesTeamMember['role'];
}

/**
 * Who manages whom, from this service's own teams (planning is their source;
 * the other services read the same facts from SalesTeamUpdated).
 */
export class TeamAccess {
  async membershipOf(manager: EntityManager, userId: string): Promise<Membership | null> {
    const member = await manager.findOne(SalesTeamMember, {
      where: { userId },
      relations: { team: true },
    });
    if (!member?.team) return null;
    return {
      teamId: member.teamId,
      teamName: member.team.name,
      managerId: member.team.managerId,
      role: member.role,
    };
  }

  async manages(manager: EntityManager, managerId: string, userId: string): Promise<boolean> {
    return (await this.membershipOf(manager, userId))?.managerId === managerId;
  }

  /** Everyone in the teams `managerId` leads. */
  async membersManagedBy(manager: EntityManager, managerId: string): Promise<string[]> {
    const rows = await manager
      .createQueryBuilder(SalesTeamMember, 'm')
      .innerJoin(SalesTeam, 't', 't.id = m.team_id')
      .where('t.manager_id = :managerId', { managerId })
      .select('m.user_id', 'userId')
      .getRawMany<{ userId: string }>();
    return rows.map((r) => r.userId);
  }

  /** Whose targets, attainment and plans `viewer` may see: their own, their team's as its manager, all as admin. */
  async canSee(
    manager: EntityManager,
    viewer: AuthenticatedUser,
    userId: string,
  ): Promise<boolean> {
    if (viewer.id === userId || hasRole(viewer, 'ADMIN')) return true;
    return viewer.roles.includes('SALES_MANAGER') && this.manages(manager, viewer.id, userId);
  }

  /** The people whose records `viewer` may see; undefined means everyone (admin). */
  async visibleUserIds(
    manager: EntityManager,
    viewer: AuthenticatedUser,
  ): Promise<string[] | undefined> {
    if (hasRole(viewer, 'ADMIN')) return undefined;
    if (!viewer.roles.includes('SALES_MANAGER')) return [viewer.id];
    return [viewer.id, ...(await this.membersManagedBy(manager, viewer.id))];
  }
}

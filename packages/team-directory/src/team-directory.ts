import type { SalesTeamUpdatedData } from '@salesgraph/events';
import type { EntityManager } from 'typeorm';
import { TeamMember } from './team-member.entity';

/**
 * Answers "whose records may this manager see" from the team projection.
 * Reads take an EntityManager so they can join a caller's transaction.
 */
export class TeamDirectory {
  /** Ids of the members of every team the manager leads (the manager not included). */
  async membersManagedBy(manager: EntityManager, managerId: string): Promise<string[]> {
    const rows = await manager.find(TeamMember, { where: { managerId }, select: { userId: true } });
    return [...new Set(rows.map((r) => r.userId))];
  }

  /** The teams `managerId` leads and everyone in them (the manager not included). */
  async managedBy(
    manager: EntityManager,
    managerId: string,
  ): Promise<{ teamIds: string[]; members: string[] }> {
    const rows = await manager.find(TeamMember, {
      where: { managerId },
      select: { teamId: true, userId: true },
    });
    return {
      teamIds: [...new Set(rows.map((r) => r.teamId))],
      members: [...new Set(rows.map((r) => r.userId))].filter((id) => id !== managerId),
    };
  }

  /** Whether `userId` is in a team `managerId` leads. */
  async manages(manager: EntityManager, managerId: string, userId: string): Promise<boolean> {
    return (await manager.count(TeamMember, { where: { managerId, userId } })) > 0;
  }

  /** The teams a user belongs to, with their managers. */
  async teamsOf(
    manager: EntityManager,
    userId: string,
  ): Promise<Array<{ teamId: string; managerId: string }>> {
    const rows = await manager.find(TeamMember, { where: { userId } });
    return rows.map((r) => ({ teamId: r.teamId, managerId: r.managerId }));
  }

  async membersOfTeam(manager: EntityManager, teamId: string): Promise<TeamMember[]> {
    return manager.find(TeamMember, { where: { teamId }, order: { userId: 'ASC' } });
  }

  /**
   * Replaces a team's membership with the published snapshot. Older snapshots
   * than the one stored are ignored, so redelivery out of order is harmless.
   */
  async apply(manager: EntityManager, team: SalesTeamUpdatedData): Promise<void> {
    const updatedAt = new Date(team.updatedAt);
    const [latest] = await manager.find(TeamMember, { where: { teamId: team.teamId }, take: 1 });
    if (latest && latest.updatedAt > updatedAt) return;
    await manager.delete(TeamMember, { teamId: team.teamId });
    if (team.members.length === 0) return;
    await manager.insert(
      TeamMember,
      team.members.map((m) => ({
        teamId: team.teamId,
        userId: m.userId,
        teamName: team.name,
        managerId: team.managerId,
        role: m.role,
        updatedAt,
      })),
    );
  }
}

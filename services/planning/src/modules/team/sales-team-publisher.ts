import { SalesTeamUpdated, type EventContext } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import type { EntityManager } from 'typeorm';
import { SalesTeam } from './sales-team.entity';

/**
 * Marks a team changed and records SalesTeamUpdated with its whole
 * membership: the other services replace their copy of the team with it, so
 * every membership or manager change must publish the full team.
 */
export class SalesTeamPublisher {
  constructor(private readonly outbox: Outbox) {}

  async changed(manager: EntityManager, teamId: string, context: EventContext): Promise<SalesTeam> {
    // Explicitly bumped: a membership change does not touch the team row itself.
    await manager.update(SalesTeam, { id: teamId }, { updatedAt: new Date() });
    const team = await this.load(manager, teamId);
    await this.outbox.append(
      manager,
      SalesTeamUpdated,
      {
        teamId: team.id,
        name: team.name,
        managerId: team.managerId,
        members: team.members.map((m) => ({ userId: m.userId, role: m.role })),
        updatedAt: team.updatedAt.toISOString(),
      },
      context,
    );
    return team;
  }

  load(manager: EntityManager, teamId: string): Promise<SalesTeam> {
    return manager.findOneOrFail(SalesTeam, {
      where: { id: teamId },
      relations: { members: true },
      order: { members: { userId: 'ASC' } },
    });
  }
}

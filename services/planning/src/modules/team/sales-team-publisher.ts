import { SalesTeamUpdated, type SalesTeamUpdatedData } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import { eventContextOf, type CommandContext } from '@salesgraph/service-kit';
import type { TeamDirectory } from '@salesgraph/team-directory';
import type { EntityManager } from 'typeorm';
import { SalesTeam } from './sales-team.entity';

/**
 * Marks a team changed and publishes it whole, twice in one transaction:
 * SalesTeamUpdated for the other services, which replace their copy of the
 * team with it, and the same snapshot into planning's own team directory,
 * which every access check reads. So every membership or manager change must
 * come through here, and planning's access never lags its own teams.
 */
export class SalesTeamPublisher {
  constructor(
    private readonly outbox: Outbox,
    private readonly directory: TeamDirectory,
  ) {}

  async changed(
    manager: EntityManager,
    teamId: string,
    command: CommandContext,
  ): Promise<SalesTeam> {
    // Explicitly bumped: a membership change does not touch the team row itself.
    await manager.update(SalesTeam, { id: teamId }, { updatedAt: command.clock.now() });
    const team = await this.load(manager, teamId);
    const snapshot: SalesTeamUpdatedData = {
      teamId: team.id,
      name: team.name,
      managerId: team.managerId,
      members: team.members.map((m) => ({ userId: m.userId, role: m.role })),
      updatedAt: team.updatedAt.toISOString(),
    };
    await this.directory.apply(manager, snapshot);
    await this.outbox.append(manager, SalesTeamUpdated, snapshot, eventContextOf(command));
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

import type { EventContext } from '@salesgraph/events';
import { hasRole, type AuthenticatedUser } from '@salesgraph/identity';
import type { DataSource, EntityManager } from 'typeorm';
import type { AddSalesTeamMemberInput } from './dto/add-sales-team-member.input';
import { SalesTeamMember } from './sales-team-member.entity';
import type { SalesTeamPublisher } from './sales-team-publisher';
import type { SalesTeamService } from './sales-team.service';
import { SalesTeam } from './sales-team.entity';
import {
  AlreadyInTeamError,
  ManagerCannotBeMemberError,
  NotTeamManagerError,
} from './sales-team.exception';
import { isUniqueViolation } from '@salesgraph/service-kit';

/** Who is in a team: the team's manager (or an admin) adds and removes people. */
export class TeamMembershipService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly teams: SalesTeamService,
    private readonly publisher: SalesTeamPublisher,
  ) {}

  async add(
    actor: AuthenticatedUser,
    input: AddSalesTeamMemberInput,
    context: EventContext,
  ): Promise<SalesTeam> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const team = await this.lockManagedTeam(manager, actor, input.teamId);
        if (await manager.exists(SalesTeam, { where: { managerId: input.userId } }))
          throw new ManagerCannotBeMemberError(input.userId);
        const current = await manager.findOne(SalesTeamMember, {
          where: { userId: input.userId },
          relations: { team: true },
        });
        if (current && current.teamId !== team.id)
          throw new AlreadyInTeamError(input.userId, current.team?.name ?? current.teamId);
        if (current?.role === input.role) return this.publisher.load(manager, team.id);
        if (current)
          await manager.update(
            SalesTeamMember,
            { teamId: team.id, userId: input.userId },
            { role: input.role },
          );
        else
          await manager.insert(SalesTeamMember, {
            teamId: team.id,
            userId: input.userId,
            role: input.role,
          });
        return this.publisher.changed(manager, team.id, context);
      });
    } catch (error) {
      // Two managers adding the same person at once: the unique index decides.
      if (isUniqueViolation(error, 'ux_sales_team_member_user'))
        throw new AlreadyInTeamError(input.userId, 'another team');
      throw error;
    }
  }

  async remove(
    actor: AuthenticatedUser,
    teamId: string,
    userId: string,
    context: EventContext,
  ): Promise<SalesTeam> {
    return this.dataSource.transaction(async (manager) => {
      const team = await this.lockManagedTeam(manager, actor, teamId);
      const removed = await manager.delete(SalesTeamMember, { teamId: team.id, userId });
      if (!removed.affected) return this.publisher.load(manager, team.id);
      return this.publisher.changed(manager, team.id, context);
    });
  }

  private async lockManagedTeam(
    manager: EntityManager,
    actor: AuthenticatedUser,
    teamId: string,
  ): Promise<SalesTeam> {
    const team = await this.teams.lock(manager, teamId);
    if (team.managerId !== actor.id && !hasRole(actor, 'ADMIN')) throw new NotTeamManagerError();
    return team;
  }
}

import type { AccessPolicy } from '@salesgraph/access';
import { inTransaction, isUniqueViolation, type CommandContext } from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { AddSalesTeamMemberInput } from './dto/add-sales-team-member.input';
import { SalesTeamMember } from './sales-team-member.entity';
import type { SalesTeamPublisher } from './sales-team-publisher';
import type { SalesTeamService } from './sales-team.service';
import { SalesTeam } from './sales-team.entity';
import { hasRole } from '@salesgraph/identity';
import {
  AlreadyInTeamError,
  ManagerCannotBeMemberError,
  MembershipRequestException,
  NotTeamManagerError,
} from './sales-team.exception';

/**
 * Who is in a team. Membership decides whose records a sales manager reads
 * and changes (the team directory), so only an admin adds and removes people;
 * a manager asks through TeamMembershipRequestService.
 */
export class TeamMembershipService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly teams: SalesTeamService,
    private readonly publisher: SalesTeamPublisher,
  ) {}

  async add(command: CommandContext, input: AddSalesTeamMemberInput): Promise<SalesTeam> {
    if (!hasRole(command.user, 'ADMIN')) throw MembershipRequestException.adminOnly();
    try {
      return await inTransaction(this.dataSource, command, async (manager) => {
        const team = await this.lockManagedTeam(manager, command, input.teamId);
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
        return this.publisher.changed(manager, team.id, command);
      });
    } catch (error) {
      // Two managers adding the same person at once: the unique index decides.
      if (isUniqueViolation(error, 'ux_sales_team_member_user'))
        throw new AlreadyInTeamError(input.userId, 'another team');
      throw error;
    }
  }

  remove(command: CommandContext, teamId: string, userId: string): Promise<SalesTeam> {
    if (!hasRole(command.user, 'ADMIN'))
      return Promise.reject(MembershipRequestException.adminOnly());
    return inTransaction(this.dataSource, command, async (manager) => {
      const team = await this.lockManagedTeam(manager, command, teamId);
      const removed = await manager.delete(SalesTeamMember, { teamId: team.id, userId });
      if (!removed.affected) return this.publisher.load(manager, team.id);
      return this.publisher.changed(manager, team.id, command);
    });
  }

  /** The team, locked; FORBIDDEN unless the command may change its manager's records. */
  private async lockManagedTeam(
    manager: EntityManager,
    command: CommandContext,
    teamId: string,
  ): Promise<SalesTeam> {
    const team = await this.teams.lock(manager, teamId);
    const scope = await this.access.scopeOf(command, manager);
    if (!scope.changes(team.managerId)) throw new NotTeamManagerError();
    return team;
  }
}

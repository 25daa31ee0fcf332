import { randomUUID } from 'node:crypto';
import type { AccessPolicy } from '@salesgraph/access';
import { hasRole, type AuthenticatedUser } from '@salesgraph/identity';
import {
  BadInputError,
  ForbiddenError,
  inTransaction,
  isUuid,
  readerOf,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { CreateSalesTeamInput } from './dto/create-sales-team.input';
import { SalesTeamMember } from './sales-team-member.entity';
import type { SalesTeamPublisher } from './sales-team-publisher';
import { SalesTeam } from './sales-team.entity';
import { MemberCannotManageError, SalesTeamNotFoundError } from './sales-team.exception';

/**
 * Teams: who leads them; members change through TeamMembershipService.
 * A team is a record owned by its manager: it is visible to whoever's access
 * scope sees its manager (the manager, admins).
 */
export class SalesTeamService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly publisher: SalesTeamPublisher,
  ) {}

  /** The teams a sales manager leads; every team for admins. */
  async list(command: CommandContext): Promise<SalesTeam[]> {
    const managers = (await this.access.scopeOf(command)).visibleOwners;
    const query = readerOf(this.dataSource, command)
      .createQueryBuilder(SalesTeam, 'team')
      .leftJoinAndSelect('team.members', 'member')
      .orderBy('team.name', 'ASC')
      .addOrderBy('member.user_id', 'ASC');
    if (managers) query.where('team.manager_id = ANY(:managers)', { managers });
    return query.getMany();
  }

  async get(command: CommandContext, id: string): Promise<SalesTeam> {
    const team = isUuid(id) ? (await this.list(command)).find((t) => t.id === id) : undefined;
    if (!team) throw new SalesTeamNotFoundError(id);
    return team;
  }

  create(
    command: CommandContext,
    input: CreateSalesTeamInput,
    id: string = randomUUID(),
  ): Promise<SalesTeam> {
    const managerId = this.managerFor(command.user, input.managerId);
    return inTransaction(this.dataSource, command, async (manager) => {
      await this.assertNotMember(manager, managerId);
      await manager.insert(SalesTeam, { id, name: input.name, managerId });
      return this.publisher.changed(manager, id, command);
    });
  }

  /** Hands a team to another manager (admins only: it moves the team's targets and plans with it). */
  changeManager(command: CommandContext, teamId: string, managerId: string): Promise<SalesTeam> {
    if (!hasRole(command.user, 'ADMIN'))
      throw new ForbiddenError('Only an admin may change the manager of a team.');
    return inTransaction(this.dataSource, command, async (manager) => {
      const team = await this.lock(manager, teamId);
      await this.assertNotMember(manager, managerId);
      if (team.managerId !== managerId)
        await manager.update(SalesTeam, { id: teamId }, { managerId });
      return this.publisher.changed(manager, teamId, command);
    });
  }

  /** The team row, locked for the rest of the transaction so changes to one team queue up. */
  async lock(manager: EntityManager, teamId: string): Promise<SalesTeam> {
    const team = isUuid(teamId)
      ? await manager.findOne(SalesTeam, {
          where: { id: teamId },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!team) throw new SalesTeamNotFoundError(teamId);
    return team;
  }

  private managerFor(user: AuthenticatedUser, requested: string | undefined): string {
    if (hasRole(user, 'ADMIN')) {
      if (!requested)
        throw new BadInputError('managerId is required when an admin creates a team.');
      return requested;
    }
    if (requested && requested !== user.id)
      throw new ForbiddenError('A sales manager creates teams they lead themselves.');
    return user.id;
  }

  private async assertNotMember(manager: EntityManager, userId: string): Promise<void> {
    if (await manager.exists(SalesTeamMember, { where: { userId } }))
      throw new MemberCannotManageError(userId);
  }
}

import { randomUUID } from 'node:crypto';
import type { EventContext } from '@salesgraph/events';
import { hasRole, type AuthenticatedUser } from '@salesgraph/identity';
import { auditHistory } from '@salesgraph/messaging';
import { BadInputError, ForbiddenError, type AuditEntry, isUuid } from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { CreateSalesTeamInput } from './dto/create-sales-team.input';
import { SalesTeamMember } from './sales-team-member.entity';
import type { SalesTeamPublisher } from './sales-team-publisher';
import { SalesTeam } from './sales-team.entity';
import { MemberCannotManageError, SalesTeamNotFoundError } from './sales-team.exception';

/** Teams: who leads them; members change through TeamMembershipService. */
export class SalesTeamService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: SalesTeamPublisher,
  ) {}

  /** The teams a sales manager leads; every team for admins. */
  list(user: AuthenticatedUser): Promise<SalesTeam[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(SalesTeam, 'team')
      .leftJoinAndSelect('team.members', 'member')
      .orderBy('team.name', 'ASC')
      .addOrderBy('member.user_id', 'ASC');
    if (!hasRole(user, 'ADMIN')) query.where('team.manager_id = :id', { id: user.id });
    return query.getMany();
  }

  async get(user: AuthenticatedUser, id: string): Promise<SalesTeam> {
    const team = isUuid(id) ? (await this.list(user)).find((t) => t.id === id) : undefined;
    if (!team) throw new SalesTeamNotFoundError(id);
    return team;
  }

  async create(
    actor: AuthenticatedUser,
    input: CreateSalesTeamInput,
    context: EventContext,
    id: string = randomUUID(),
  ): Promise<SalesTeam> {
    const managerId = this.managerFor(actor, input.managerId);
    return this.dataSource.transaction(async (manager) => {
      await this.assertNotMember(manager, managerId);
      await manager.insert(SalesTeam, { id, name: input.name, managerId });
      return this.publisher.changed(manager, id, context);
    });
  }

  /** Hands a team to another manager (admins only: it moves the team's targets and plans with it). */
  async changeManager(
    actor: AuthenticatedUser,
    teamId: string,
    managerId: string,
    context: EventContext,
  ): Promise<SalesTeam> {
    if (!hasRole(actor, 'ADMIN'))
      throw new ForbiddenError('Only an admin may change the manager of a team.');
    return this.dataSource.transaction(async (manager) => {
      const team = await this.lock(manager, teamId);
      await this.assertNotMember(manager, managerId);
      if (team.managerId === managerId) return this.publisher.changed(manager, teamId, context);
      await manager.update(SalesTeam, { id: teamId }, { managerId });
      return this.publisher.changed(manager, teamId, context);
    });
  }

  async history(teamId: string): Promise<AuditEntry[]> {
    const records = await auditHistory(this.dataSource.manager, 'SalesTeam', teamId);
    return records.map((r) => ({ ...r, data: r.data as Record<string, unknown> }));
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

  private managerFor(actor: AuthenticatedUser, requested: string | undefined): string {
    if (hasRole(actor, 'ADMIN')) {
      if (!requested)
        throw new BadInputError('managerId is required when an admin creates a team.');
      return requested;
    }
    if (requested && requested !== actor.id)
      throw new ForbiddenError('A sales manager creates teams they lead themselves.');
    return actor.id;
  }

  private async assertNotMember(manager: EntityManager, userId: string): Promise<void> {
    if (await manager.exists(SalesTeamMember, { where: { userId } }))
      throw new MemberCannotManageError(userId);
  }
}

import { randomUUID } from 'node:crypto';
import type { AccessPolicy } from '@salesgraph/access';
import { SalesTeamMemberRequestDecided, SalesTeamMemberRequested } from '@salesgraph/events';
import { hasRole } from '@salesgraph/identity';
import type { Outbox } from '@salesgraph/messaging';
import {
  eventContextOf,
  inTransaction,
  isUniqueViolation,
  isUuid,
  readerOf,
  updateIfVersion,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { AddSalesTeamMemberInput } from './dto/add-sales-team-member.input';
import { membershipRequestLifecycle } from './membership-request-lifecycle';
import type { MembershipRequestStatus } from './membership-request-status';
import { SalesTeamMember } from './sales-team-member.entity';
import { SalesTeamMembershipRequest } from './sales-team-membership-request.entity';
import type { SalesTeamService } from './sales-team.service';
import { SalesTeam } from './sales-team.entity';
import {
  AlreadyInTeamError,
  ManagerCannotBeMemberError,
  MembershipRequestException,
  NotTeamManagerError,
} from './sales-team.exception';
import type { TeamMembershipService } from './team-membership.service';

/** An admin's decision on one request, at the version they saw. */
interface MembershipDecision {
  requestId: string;
  expectedVersion: number;
  to: 'APPROVED' | 'REJECTED';
  reason?: string;
}

/**
 * A sales manager asks for someone to join a team they lead; an admin
 * approves (the member is added as if the admin had added them) or rejects.
 * Until then nothing changes: the manager sees nothing more of that person.
 * The request and its decision are events of the request, written with the
 * change in one transaction: its history says who asked and decided, when
 * and why.
 */
export class TeamMembershipRequestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly access: AccessPolicy,
    private readonly teams: SalesTeamService,
    private readonly membership: TeamMembershipService,
  ) {}

  async request(
    command: CommandContext,
    input: AddSalesTeamMemberInput,
    reason?: string,
  ): Promise<SalesTeamMembershipRequest> {
    try {
      return await inTransaction(this.dataSource, command, async (manager) => {
        const team = await this.teams.lock(manager, input.teamId);
        const scope = await this.access.scopeOf(command, manager);
        if (!scope.changes(team.managerId)) throw new NotTeamManagerError();
        await this.assertCanJoin(manager, team, input.userId);
        const pending = await manager.findOne(SalesTeamMembershipRequest, {
          where: { teamId: team.id, userId: input.userId, status: 'PENDING' },
        });
        if (pending) return pending; // asking twice is one request
        const id = randomUUID();
        const requestedAt = command.clock.now();
        await manager.insert(SalesTeamMembershipRequest, {
          id,
          createdAt: requestedAt,
          teamId: team.id,
          userId: input.userId,
          role: input.role,
          requestedBy: command.user.id,
          reason: reason ?? null,
          status: 'PENDING',
          decidedBy: null,
          decidedAt: null,
          decisionReason: null,
        });
        const request = await manager.findOneByOrFail(SalesTeamMembershipRequest, { id });
        await this.outbox.append(
          manager,
          SalesTeamMemberRequested,
          {
            requestId: id,
            teamId: team.id,
            userId: request.userId,
            role: request.role,
            requestedBy: request.requestedBy,
            ...(reason ? { reason } : {}),
            requestedAt: requestedAt.toISOString(),
          },
          eventContextOf(command),
        );
        return request;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'ux_membership_request_pending'))
        throw MembershipRequestException.alreadyPending(input.userId);
      throw error;
    }
  }

  /** ADMIN: adds the member, in the same transaction as the decision. */
  approve(
    command: CommandContext,
    requestId: string,
    expectedVersion: number,
    reason?: string,
  ): Promise<SalesTeamMembershipRequest> {
    return this.decide(
      command,
      { requestId, expectedVersion, to: 'APPROVED', reason },
      async (request, manager) => {
        await this.membership.add(
          { ...command, transaction: manager },
          { teamId: request.teamId, userId: request.userId, role: request.role },
        );
      },
    );
  }

  /** ADMIN: the request ends; nothing else changes. */
  reject(
    command: CommandContext,
    requestId: string,
    expectedVersion: number,
    reason?: string,
  ): Promise<SalesTeamMembershipRequest> {
    return this.decide(
      command,
      { requestId, expectedVersion, to: 'REJECTED', reason },
      async () => undefined,
    );
  }

  /** Admins: every request; a sales manager: the requests for the teams they lead. */
  async list(
    command: CommandContext,
    status?: MembershipRequestStatus,
  ): Promise<SalesTeamMembershipRequest[]> {
    const managers = (await this.access.scopeOf(command)).visibleOwners;
    const query = readerOf(this.dataSource, command)
      .createQueryBuilder(SalesTeamMembershipRequest, 'request')
      .innerJoin(SalesTeam, 'team', 'team.id = request.team_id')
      .orderBy('request.created_at', 'ASC')
      .take(200);
    if (managers) query.andWhere('team.manager_id = ANY(:managers)', { managers });
    if (status) query.andWhere('request.status = :status', { status });
    return query.getMany();
  }

  private decide(
    command: CommandContext,
    decision: MembershipDecision,
    effect: (request: SalesTeamMembershipRequest, manager: EntityManager) => Promise<void>,
  ): Promise<SalesTeamMembershipRequest> {
    if (!hasRole(command.user, 'ADMIN')) throw MembershipRequestException.adminOnly();
    const { requestId, expectedVersion, to, reason } = decision;
    return inTransaction(this.dataSource, command, async (manager) => {
      const request = isUuid(requestId)
        ? await manager.findOne(SalesTeamMembershipRequest, { where: { id: requestId } })
        : null;
      if (!request) throw MembershipRequestException.notFound(requestId);
      membershipRequestLifecycle.assert(request.status, to);
      const decidedAt = command.clock.now();
      const changes = {
        status: to,
        decidedBy: command.user.id,
        decidedAt,
        decisionReason: reason ?? null,
      };
      if (
        !(await updateIfVersion(
          manager,
          SalesTeamMembershipRequest,
          request.id,
          expectedVersion,
          changes,
        ))
      )
        throw MembershipRequestException.changedByOthers(request.id, expectedVersion);
      await this.outbox.append(
        manager,
        SalesTeamMemberRequestDecided,
        {
          requestId: request.id,
          teamId: request.teamId,
          userId: request.userId,
          role: request.role,
          requestedBy: request.requestedBy,
          decision: to,
          decidedBy: command.user.id,
          ...(reason ? { reason } : {}),
          decidedAt: decidedAt.toISOString(),
        },
        eventContextOf(command),
      );
      await effect(request, manager);
      return manager.findOneByOrFail(SalesTeamMembershipRequest, { id: request.id });
    });
  }

  private async assertCanJoin(manager: EntityManager, team: SalesTeam, userId: string) {
    if (await manager.exists(SalesTeam, { where: { managerId: userId } }))
      throw new ManagerCannotBeMemberError(userId);
    const current = await manager.findOne(SalesTeamMember, {
      where: { userId },
      relations: { team: true },
    });
    if (current && current.teamId !== team.id)
      throw new AlreadyInTeamError(userId, current.team?.name ?? current.teamId);
    if (current?.teamId === team.id) throw MembershipRequestException.alreadyMember(userId);
  }
}

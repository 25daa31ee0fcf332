import type { AccessPolicy } from '@salesgraph/access';
import { hasRole } from '@salesgraph/identity';
import {
  BadInputError,
  ForbiddenError,
  inTransaction,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { TeamDirectory } from '@salesgraph/team-directory';
import type { DataSource, EntityManager } from 'typeorm';
import type { LeadAccess } from '../lead/lead-access';
import type { LeadGuard } from '../lead/lead-guard';
import { isOpenLead } from '../lead/lead-lifecycle';
import { Lead } from '../lead/lead.entity';
import { LeadException } from '../lead/lead.exception';
import type { AssignmentEngine } from './assignment-engine';
import { rulesMayAssignSql } from './assignment-policy';

/** What managers do about ownership: reassign a lead, and run the rules again over the queue. */
export class AssignmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: AssignmentEngine,
    private readonly guard: LeadGuard,
    private readonly access: LeadAccess,
    private readonly policy: AccessPolicy,
    private readonly teams: TeamDirectory,
  ) {}

  /**
   * A manager's decision: not bound by the rules' caps (the manager sets them
   * and may knowingly exceed one), but only to reps of the manager's teams.
   */
  reassign(
    command: CommandContext,
    leadId: string,
    ownerId: string,
    reason?: string,
  ): Promise<Lead> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const lead = await this.guard.loadForChange(command, manager, leadId);
      if (!isOpenLead(lead.status)) throw LeadException.closed(lead.id, lead.status, 'reassign it');
      if (lead.ownerId === ownerId) {
        throw new BadInputError(`Lead ${lead.id} is already owned by ${ownerId}.`, {
          field: 'ownerId',
        });
      }
      const teamId = await this.teamForAssignee(command, manager, ownerId);
      return this.engine.assign(command, manager, lead, {
        ownerId,
        teamId,
        assignedBy: 'MANAGER',
        reason: reason ?? `reassigned by ${command.user.name ?? command.user.id}`,
      });
    });
  }

  /**
   * Runs the rules again over the leads waiting in the caller's queue that
   * the assignment policy lets them take, e.g. after a new rule or a higher cap.
   */
  applyRulesToQueue(command: CommandContext, limit: number): Promise<Lead[]> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const scope = (await this.access.scopeOf(command, manager)).toSql('lead', 'change');
      const assignable = rulesMayAssignSql('lead');
      const waiting = await manager
        .createQueryBuilder(Lead, 'lead')
        .where(scope.where, scope.params)
        .andWhere(assignable.where, assignable.params)
        .orderBy('lead.capturedAt', 'ASC')
        .limit(limit)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      const done: Lead[] = [];
      for (const lead of waiting)
        done.push(await this.engine.assignByRules(command, manager, lead));
      return done;
    });
  }

  /**
   * The team through which the user may give a lead to `ownerId`: a sales rep
   * in a team the user manages (any team for ADMIN). Reps may only name themselves.
   */
  async teamForAssignee(
    command: CommandContext,
    manager: EntityManager,
    ownerId: string,
  ): Promise<string | null> {
    const { user } = command;
    const memberships = await this.teams.teamsOf(manager, ownerId);
    if (ownerId === user.id && !hasRole(user, 'SALES_MANAGER'))
      return memberships[0]?.teamId ?? null;
    const scope = await this.policy.scopeOf(command, manager);
    const allowed = memberships.filter((m) => scope.managesTeam(m.teamId));
    if (allowed.length === 0) {
      throw new ForbiddenError(
        `${ownerId} is not a sales rep in a team you manage: you cannot give them leads.`,
      );
    }
    for (const { teamId } of allowed) {
      const members = await this.teams.membersOfTeam(manager, teamId);
      if (members.some((m) => m.userId === ownerId && m.role === 'SALES_REP')) return teamId;
    }
    throw new BadInputError(`${ownerId} is not a sales rep: leads go to sales reps.`, {
      field: 'ownerId',
    });
  }
}

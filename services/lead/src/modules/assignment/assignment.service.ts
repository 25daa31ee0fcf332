import { hasRole, type AuthenticatedUser } from '@salesgraph/identity';
import {
  BadInputError,
  ForbiddenError,
  eventContextOf,
  type GraphQLContext,
} from '@salesgraph/service-kit';
import { TeamMember } from '@salesgraph/team-directory';
import type { DataSource, EntityManager } from 'typeorm';
import type { LeadAccess } from '../lead/lead-access';
import type { LeadGuard } from '../lead/lead-guard';
import { isOpenLead, openLeadStatuses } from '../lead/lead-lifecycle';
import { Lead } from '../lead/lead.entity';
import { LeadException } from '../lead/lead.exception';
import type { AssignmentEngine } from './assignment-engine';

/** What managers do about ownership: reassign a lead, and run the rules again over the queue. */
export class AssignmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: AssignmentEngine,
    private readonly guard: LeadGuard,
    private readonly access: LeadAccess,
  ) {}

  /**
   * A manager's decision: not bound by the rules' caps (the manager sets them
   * and may knowingly exceed one), but only to reps of the manager's teams.
   */
  async reassign(
    context: GraphQLContext,
    leadId: string,
    ownerId: string,
    reason?: string,
  ): Promise<Lead> {
    return this.dataSource.transaction(async (manager) => {
      const lead = await this.guard.loadForChange(manager, context.user, leadId);
      if (!isOpenLead(lead.status)) throw LeadException.closed(lead.id, lead.status, 'reassign it');
      if (lead.ownerId === ownerId) {
        throw new BadInputError(`Lead ${lead.id} is already owned by ${ownerId}.`, {
          field: 'ownerId',
        });
      }
      const teamId = await this.teamForAssignee(manager, context.user, ownerId);
      return this.engine.assign(
        manager,
        lead,
        {
          ownerId,
          teamId,
          assignedBy: 'MANAGER',
          reason: reason ?? `reassigned by ${context.user.name ?? context.user.id}`,
        },
        eventContextOf(context),
      );
    });
  }

  /**
   * Runs the rules again over the open leads waiting in the caller's queue,
   * e.g. after a new rule or a higher cap. Leads without consent keep waiting.
   */
  async applyRulesToQueue(context: GraphQLContext, limit: number): Promise<Lead[]> {
    return this.dataSource.transaction(async (manager) => {
      const scope = await this.access.scopeFor(manager, context.user);
      const { where, params } = scope.toSql('lead');
      const waiting = await manager
        .createQueryBuilder(Lead, 'lead')
        .where(where, params)
        .andWhere('lead.owner_id IS NULL')
        .andWhere('lead.status IN (:...open)', { open: openLeadStatuses })
        .andWhere('lead.consent_to_contact IS DISTINCT FROM false')
        .orderBy('lead.capturedAt', 'ASC')
        .limit(limit)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      const done: Lead[] = [];
      for (const lead of waiting)
        done.push(await this.engine.assignByRules(manager, lead, eventContextOf(context)));
      return done;
    });
  }

  /**
   * The team through which `user` may give a lead to `ownerId`: a sales rep in
   * a team the user manages (any team for ADMIN). Reps may only name themselves.
   */
  async teamForAssignee(
    manager: EntityManager,
    user: AuthenticatedUser,
    ownerId: string,
  ): Promise<string | null> {
    const memberships = await manager.find(TeamMember, { where: { userId: ownerId } });
    if (ownerId === user.id && !hasRole(user, 'SALES_MANAGER'))
      return memberships[0]?.teamId ?? null;
    const allowed = hasRole(user, 'ADMIN')
      ? memberships
      : memberships.filter((m) => m.managerId === user.id);
    if (allowed.length === 0) {
      throw new ForbiddenError(
        `${ownerId} is not a sales rep in a team you manage: you cannot give them leads.`,
      );
    }
    const rep = allowed.find((m) => m.role === 'SALES_REP');
    if (!rep)
      throw new BadInputError(`${ownerId} is not a sales rep: leads go to sales reps.`, {
        field: 'ownerId',
      });
    return rep.teamId;
  }
}

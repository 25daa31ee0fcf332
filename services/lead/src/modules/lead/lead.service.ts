import { LeadCaptured } from '@salesgraph/events';
import type { AuthenticatedUser } from '@salesgraph/identity';
import { auditHistory, type Outbox } from '@salesgraph/messaging';
import {
  ConflictError,
  eventContextOf,
  type AuditEntry,
  type GraphQLContext,
} from '@salesgraph/service-kit';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import type { AssignmentEngine } from '../assignment/assignment-engine';
import type { AssignmentService } from '../assignment/assignment.service';
import type { LeadDuplicates } from '../dedup/lead-duplicates';
import type { CreateLeadInput } from './dto/create-lead.input';
import type { LeadFilterInput } from './dto/lead-filter.input';
import type { LeadAccess } from './lead-access';
import { leadCapturedData, leadFromFacts } from './lead-facts';
import { openLeadStatuses } from './lead-lifecycle';
import { Lead } from './lead.entity';
import { LeadException } from './lead.exception';
import { LeadOrigin } from './lead-origin';

/** Reads leads within the caller's scope, and creates the leads reps enter. */
export class LeadService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly access: LeadAccess,
    private readonly duplicates: LeadDuplicates,
    private readonly engine: AssignmentEngine,
    private readonly assignment: AssignmentService,
  ) {}

  async list(
    user: AuthenticatedUser,
    filter: LeadFilterInput | undefined,
    page: { limit: number; offset: number },
    order: 'newest' | 'oldest' | 'followUp' = filter?.overdueFollowUp ? 'followUp' : 'newest',
  ): Promise<Lead[]> {
    const manager = this.dataSource.manager;
    const { where, params } = (await this.access.scopeFor(manager, user)).toSql('lead');
    const query = manager.createQueryBuilder(Lead, 'lead').where(where, params);
    if (filter?.status?.length)
      query.andWhere('lead.status IN (:...status)', { status: filter.status });
    if (filter?.origin) query.andWhere('lead.origin = :origin', { origin: filter.origin });
    if (filter?.ownerId) query.andWhere('lead.owner_id = :ownerId', { ownerId: filter.ownerId });
    if (filter?.campaign)
      query.andWhere('lead.campaign = :campaign', { campaign: filter.campaign });
    if (filter?.unassigned != null)
      query.andWhere(`lead.owner_id IS ${filter.unassigned ? '' : 'NOT '}NULL`);
    if (filter?.overdueFollowUp) {
      query
        .andWhere('lead.next_follow_up_at < now()')
        .andWhere('lead.status IN (:...open)', { open: openLeadStatuses });
    }
    if (order === 'followUp') query.orderBy('lead.nextFollowUpAt', 'ASC');
    else query.orderBy('lead.capturedAt', order === 'oldest' ? 'ASC' : 'DESC');
    return query.addOrderBy('lead.id', 'ASC').limit(page.limit).offset(page.offset).getMany();
  }

  async get(user: AuthenticatedUser, id: string): Promise<Lead> {
    const [lead] = await this.findVisible(user, [id]);
    if (!lead) throw LeadException.notFound(id);
    return lead;
  }

  /** The leads among `ids` the user may see; for batched reference resolution. */
  async findVisible(user: AuthenticatedUser, ids: readonly string[]): Promise<Lead[]> {
    const valid = ids.filter((id) => isUUID(id));
    if (valid.length === 0) return [];
    const manager = this.dataSource.manager;
    const { where, params } = (await this.access.scopeFor(manager, user)).toSql('lead');
    return manager
      .createQueryBuilder(Lead, 'lead')
      .where('lead.id IN (:...ids)', { ids: valid })
      .andWhere(where, params)
      .getMany();
  }

  /**
   * A lead a rep found: owned by the rep, or by the rep a manager names, or
   * (a manager naming nobody) by the assignment rules. A lead that is already
   * known is refused: merging it silently into someone else's lead would hide it.
   */
  async create(context: GraphQLContext, input: CreateLeadInput): Promise<Lead> {
    const { user } = context;
    return this.dataSource.transaction(async (manager) => {
      const ownerId = input.ownerId ?? (user.roles.includes('SALES_REP') ? user.id : undefined);
      const teamId = ownerId ? await this.assignment.teamForAssignee(manager, user, ownerId) : null;
      const lead = leadFromFacts(
        { ...input, source: input.source ?? 'rep', capturedAt: new Date() },
        LeadOrigin.REP,
        user.id,
      );
      if (!(await this.duplicates.insertUnlessDuplicate(manager, lead))) {
        const match = await this.duplicates.findMatch(manager, lead);
        throw new ConflictError(
          `This lead is already known (same ${match?.matchedOn.toLowerCase().replace(/_/g, ' ') ?? 'key'}): ask your sales manager to assign it to you.`,
          { matchedOn: match?.matchedOn },
        );
      }
      const events = eventContextOf(context);
      await this.outbox.append(manager, LeadCaptured, leadCapturedData(lead), events);
      if (!ownerId) return this.engine.assignByRules(manager, lead, events);
      const assignedBy = ownerId === user.id ? 'CREATOR' : 'MANAGER';
      const reason =
        assignedBy === 'CREATOR' ? 'entered by its owner' : `entered by ${user.id} for ${ownerId}`;
      return this.engine.assign(manager, lead, { ownerId, teamId, assignedBy, reason }, events);
    });
  }

  /** The events emitted about one lead, oldest first. */
  async history(leadId: string): Promise<AuditEntry[]> {
    const records = await auditHistory(this.dataSource.manager, 'Lead', leadId);
    return records.map((r) => ({ ...r, data: r.data as Record<string, unknown> }));
  }
}

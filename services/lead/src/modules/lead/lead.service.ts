import { LeadCaptured } from '@salesgraph/events';
import { hasRole } from '@salesgraph/identity';
import type { Outbox } from '@salesgraph/messaging';
import {
  ConflictError,
  eventContextOf,
  inTransaction,
  listPage,
  onlyUuids,
  readerOf,
  type CommandContext,
  type Listed,
  type ListRequest,
  type SortDirection,
} from '@salesgraph/service-kit';
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
import { leadListing, type LeadSortField } from './lead-listing';
import { LeadOrigin } from './lead-origin';

type Page = { limit: number; offset: number };

/** The orders the older list fields keep. */
const orders: Record<'newest' | 'oldest' | 'followUp', [LeadSortField, SortDirection]> = {
  newest: ['CAPTURED_AT', 'DESC'],
  oldest: ['CAPTURED_AT', 'ASC'],
  followUp: ['NEXT_FOLLOW_UP_AT', 'ASC'],
};

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

  /** A page of the leads the caller may see, filtered, searched and sorted, with how many match. */
  async page(
    command: CommandContext,
    filter: LeadFilterInput | undefined,
    request: ListRequest<LeadSortField>,
    options?: { total: boolean },
  ): Promise<Listed<Lead>> {
    const { where, params } = (await this.access.scopeOf(command)).toSql('lead');
    const query = readerOf(this.dataSource, command)
      .createQueryBuilder(Lead, 'lead')
      .where(where, params);
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
        .andWhere('lead.next_follow_up_at < :now', { now: command.clock.now() })
        .andWhere('lead.status IN (:...open)', { open: openLeadStatuses });
    }
    return listPage(query, leadListing.spec, request, options);
  }

  async list(
    command: CommandContext,
    filter: LeadFilterInput | undefined,
    page: Page,
    order: 'newest' | 'oldest' | 'followUp' = filter?.overdueFollowUp ? 'followUp' : 'newest',
  ): Promise<Lead[]> {
    const [sortBy, direction] = orders[order];
    return (await this.page(command, filter, { ...page, sortBy, direction }, { total: false }))
      .items;
  }

  /** Open leads waiting for an owner, oldest first. */
  queue(command: CommandContext, page: Page): Promise<Lead[]> {
    return this.list(command, { unassigned: true, status: [...openLeadStatuses] }, page, 'oldest');
  }

  /** Open leads whose follow-up is past, most overdue first; of one owner if named. */
  overdue(command: CommandContext, ownerId: string | undefined, page: Page): Promise<Lead[]> {
    return this.list(command, { overdueFollowUp: true, ownerId }, page);
  }

  async get(command: CommandContext, id: string): Promise<Lead> {
    const [lead] = await this.findVisible(command, [id]);
    if (!lead) throw LeadException.notFound(id);
    return lead;
  }

  /** The leads among `ids` the user may see; for batched reference resolution. */
  async findVisible(command: CommandContext, ids: readonly string[]): Promise<Lead[]> {
    const valid = onlyUuids(ids);
    if (valid.length === 0) return [];
    const { where, params } = (await this.access.scopeOf(command)).toSql('lead');
    return readerOf(this.dataSource, command)
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
  create(command: CommandContext, input: CreateLeadInput): Promise<Lead> {
    const { user } = command;
    return inTransaction(this.dataSource, command, async (manager) => {
      const ownerId = input.ownerId ?? this.defaultOwner(command);
      const teamId = ownerId
        ? await this.assignment.teamForAssignee(command, manager, ownerId)
        : null;
      const lead = leadFromFacts(
        { ...input, source: input.source ?? 'rep', capturedAt: command.clock.now() },
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
      await this.outbox.append(
        manager,
        LeadCaptured,
        leadCapturedData(lead),
        eventContextOf(command),
      );
      if (!ownerId) return this.engine.assignByRules(command, manager, lead);
      const assignedBy = ownerId === user.id ? 'CREATOR' : 'MANAGER';
      const reason =
        assignedBy === 'CREATOR' ? 'entered by its owner' : `entered by ${user.id} for ${ownerId}`;
      return this.engine.assign(command, manager, lead, { ownerId, teamId, assignedBy, reason });
    });
  }

  /**
   * A rep owns the leads they enter. ADMIN passes every role test but is
   * nobody's rep: what an admin enters without naming an owner goes by the rules.
   */
  private defaultOwner({ user }: CommandContext): string | undefined {
    return hasRole(user, 'SALES_REP') && !hasRole(user, 'ADMIN') ? user.id : undefined;
  }
}

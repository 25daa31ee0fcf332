import { randomUUID } from 'node:crypto';
import { LeadActivityLogged } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  BadInputError,
  checkLoggedActivity,
  eventContextOf,
  ForbiddenError,
  inTransaction,
  loadMany,
  manyByKey,
  oneOrIn,
  readerOf,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import type { LeadAccess } from '../lead/lead-access';
import type { LeadGuard } from '../lead/lead-guard';
import { isOpenLead, openLeadStatuses } from '../lead/lead-lifecycle';
import { Lead } from '../lead/lead.entity';
import { LeadException } from '../lead/lead.exception';
import type { LogLeadActivityInput } from './dto/log-lead-activity.input';
import { LeadActivity } from './lead-activity.entity';
import { activityFields, activityLoggedFields } from './activity-fields';
import type { LeadFollowUps } from './lead-follow-ups';
import type { OverdueFollowUps } from './overdue-follow-ups.type';

/**
 * Follow-up on leads. The activity that happened last decides the lead's next follow-up
 * (none planned clears it), unless a follow-up planned by hand came after it; a
 * follow-up is overdue once that moment has passed while the lead is still open.
 * Each activity is in the lead's history (LeadActivityLogged, without its notes).
 */
export class ActivityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly guard: LeadGuard,
    private readonly access: LeadAccess,
    private readonly followUps: LeadFollowUps,
  ) {}

  async log(
    command: CommandContext,
    leadId: string,
    input: LogLeadActivityInput,
  ): Promise<LeadActivity> {
    const now = command.clock.now();
    checkLoggedActivity(input, now);
    return inTransaction(this.dataSource, command, async (manager) => {
      const lead = await this.guard.loadForChange(command, manager, leadId);
      if (!isOpenLead(lead.status))
        throw LeadException.closed(lead.id, lead.status, 'log follow-ups on it');
      const activity = await manager.save(
        manager.create(LeadActivity, {
          id: randomUUID(),
          leadId: lead.id,
          ...activityFields(input, now, command.user.id),
        }),
      );
      await this.outbox.append(
        manager,
        LeadActivityLogged,
        {
          leadId: lead.id,
          ...(lead.ownerId ? { ownerId: lead.ownerId } : {}),
          ...activityLoggedFields(activity),
        },
        eventContextOf(command),
      );
      // The activity that happened last decides, not the one logged last (next-follow-up.rule).
      await this.followUps.decide(command, manager, lead, 'ACTIVITY');
      return activity;
    });
  }

  /** Plans the lead's next follow-up by hand (null: none), as of now; open leads only. */
  planFollowUp(command: CommandContext, leadId: string, at: Date | null): Promise<Lead> {
    if (at && at <= command.clock.now())
      throw new BadInputError('The follow-up must be in the future.', { field: 'at' });
    return inTransaction(this.dataSource, command, async (manager) => {
      const lead = await this.guard.loadForChange(command, manager, leadId);
      if (!isOpenLead(lead.status))
        throw LeadException.closed(lead.id, lead.status, 'plan follow-ups on it');
      lead.followUpSetAt = command.clock.now();
      lead.followUpSetTo = at;
      await this.followUps.decide(command, manager, lead, 'PLANNED');
      return lead;
    });
  }

  /** The activities on a lead, newest first, for the sales team only; all leads of one request in one query. */
  async activitiesOf(command: CommandContext, lead: Lead): Promise<LeadActivity[]> {
    if (!(await this.access.scopeOf(command)).canChange(lead))
      throw new ForbiddenError('Activity notes and visit reports are for the sales team only.');
    return loadMany(command, 'lead.activities', lead.id, async (leadIds) => {
      const rows = await readerOf(this.dataSource, command).find(LeadActivity, {
        where: { leadId: oneOrIn(leadIds) },
        order: { occurredAt: 'DESC', createdAt: 'DESC' },
      });
      return manyByKey(leadIds, rows, (row) => row.leadId);
    });
  }

  /** Overdue follow-ups counted per rep, among the leads the user may change; most overdue first. */
  async overdueByRep(command: CommandContext): Promise<OverdueFollowUps[]> {
    const { where, params } = (await this.access.scopeOf(command)).toSql('lead', 'change');
    const rows: Array<{ ownerId: string; count: string; oldest: Date }> = await readerOf(
      this.dataSource,
      command,
    )
      .createQueryBuilder(Lead, 'lead')
      .select('lead.owner_id', 'ownerId')
      .addSelect('count(*)', 'count')
      .addSelect('min(lead.next_follow_up_at)', 'oldest')
      .where(where, params)
      .andWhere('lead.owner_id IS NOT NULL')
      .andWhere('lead.next_follow_up_at < :now', { now: command.clock.now() })
      .andWhere('lead.status IN (:...open)', { open: openLeadStatuses })
      .groupBy('lead.owner_id')
      .orderBy('oldest', 'ASC')
      .getRawMany();
    return rows.map((row) => ({
      ownerId: row.ownerId,
      count: Number(row.count),
      oldestDueAt: new Date(row.oldest),
    }));
  }
}

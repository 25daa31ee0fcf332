import { randomUUID } from 'node:crypto';
import {
  BadInputError,
  ForbiddenError,
  inTransaction,
  loadMany,
  manyByKey,
  readerOf,
  type CommandContext,
} from '@salesgraph/service-kit';
import { In, type DataSource } from 'typeorm';
import type { LeadAccess } from '../lead/lead-access';
import type { LeadGuard } from '../lead/lead-guard';
import { isOpenLead, openLeadStatuses } from '../lead/lead-lifecycle';
import { Lead } from '../lead/lead.entity';
import { LeadException } from '../lead/lead.exception';
import type { LogLeadActivityInput } from './dto/log-lead-activity.input';
import { LeadActivity } from './lead-activity.entity';
import { LeadActivityType } from './lead-activity-type';
import { nextFollowUpOf } from './next-follow-up.rule';
import type { OverdueFollowUps } from './overdue-follow-ups.type';

/** Clock skew we tolerate for "when it happened" before calling it the future. */
const skewMs = 5 * 60_000;

/**
 * Follow-up on leads. The activity that happened last decides the lead's next follow-up
 * (none planned clears it); a follow-up is overdue once that moment has passed
 * while the lead is still open.
 */
export class ActivityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly guard: LeadGuard,
    private readonly access: LeadAccess,
  ) {}

  async log(
    command: CommandContext,
    leadId: string,
    input: LogLeadActivityInput,
  ): Promise<LeadActivity> {
    const now = command.clock.now().getTime();
    // Checked here, not by a validator: type-graphql skips the validators of fields left out.
    if (input.type === LeadActivityType.VISIT && !input.visitReport?.trim())
      throw new BadInputError(
        'visitReport is required for a VISIT: who was met, what was agreed.',
        {
          field: 'visitReport',
        },
      );
    if (input.type !== LeadActivityType.VISIT && input.visitReport != null)
      throw new BadInputError('visitReport belongs to a VISIT; use notes for calls and e-mails.', {
        field: 'visitReport',
      });
    if (input.occurredAt && input.occurredAt.getTime() > now + skewMs)
      throw new BadInputError('occurredAt is in the future: log activities that happened.', {
        field: 'occurredAt',
      });
    if (input.nextFollowUpAt && input.nextFollowUpAt.getTime() <= now)
      throw new BadInputError('nextFollowUpAt must be in the future.', { field: 'nextFollowUpAt' });
    return inTransaction(this.dataSource, command, async (manager) => {
      const lead = await this.guard.loadForChange(command, manager, leadId);
      if (!isOpenLead(lead.status))
        throw LeadException.closed(lead.id, lead.status, 'log follow-ups on it');
      const activity = manager.create(LeadActivity, {
        id: randomUUID(),
        leadId: lead.id,
        type: input.type,
        outcome: input.outcome,
        notes: input.notes ?? null,
        visitReport: input.visitReport ?? null,
        occurredAt: input.occurredAt ?? new Date(now),
        nextFollowUpAt: input.nextFollowUpAt ?? null,
        createdBy: command.user.id,
      });
      await manager.save(activity);
      // The activity that happened last decides, not the one logged last (next-follow-up.rule).
      const activities = await manager.find(LeadActivity, {
        where: { leadId: lead.id },
        select: { id: true, occurredAt: true, createdAt: true, nextFollowUpAt: true },
      });
      lead.nextFollowUpAt = nextFollowUpOf(activities);
      await manager.save(lead);
      return activity;
    });
  }

  /** The activities on a lead, newest first, for the sales team only; all leads of one request in one query. */
  async activitiesOf(command: CommandContext, lead: Lead): Promise<LeadActivity[]> {
    if (!(await this.access.scopeOf(command)).canChange(lead))
      throw new ForbiddenError('Activity notes and visit reports are for the sales team only.');
    return loadMany(command, 'lead.activities', lead.id, async (leadIds) => {
      const rows = await readerOf(this.dataSource, command).find(LeadActivity, {
        where: { leadId: In([...leadIds]) },
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

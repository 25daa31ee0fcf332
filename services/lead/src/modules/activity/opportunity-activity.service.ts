import { randomUUID } from 'node:crypto';
import { OpportunityActivityLogged } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
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
import type { OpportunityAccess } from '../opportunity/opportunity-access';
import type { OpportunityGuard } from '../opportunity/opportunity-guard';
import { isOpenStage, opportunityLifecycle } from '../opportunity/opportunity-lifecycle';
import type { Opportunity } from '../opportunity/opportunity.entity';
import { activityFields, activityLoggedFields } from './activity-fields';
import type { LogLeadActivityInput } from './dto/log-lead-activity.input';
import { nextFollowUpOf } from './next-follow-up.rule';
import { OpportunityActivity } from './opportunity-activity.entity';

/**
 * Calls, e-mails and visits on open deals, as on leads: the one that
 * happened last decides the opportunity's next follow-up. The follow-up is
 * not part of the deal's terms, so it does not make a new revision of the
 * opportunity; the activity is in its history (OpportunityActivityLogged).
 */
export class OpportunityActivityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly guard: OpportunityGuard,
    private readonly access: OpportunityAccess,
  ) {}

  log(
    command: CommandContext,
    opportunityId: string,
    input: LogLeadActivityInput,
  ): Promise<OpportunityActivity> {
    const now = command.clock.now();
    checkLoggedActivity(input, now);
    return inTransaction(this.dataSource, command, async (manager) => {
      const opportunity = await this.guard.loadForChange(command, manager, opportunityId);
      // A closed deal takes no more activities: refused as the closed stage refuses any move.
      if (!isOpenStage(opportunity.stage))
        opportunityLifecycle.assert(opportunity.stage, opportunity.stage);
      const activity = await manager.save(
        manager.create(OpportunityActivity, {
          id: randomUUID(),
          opportunityId: opportunity.id,
          ...activityFields(input, now, command.user.id),
        }),
      );
      await this.outbox.append(
        manager,
        OpportunityActivityLogged,
        {
          opportunityId: opportunity.id,
          accountId: opportunity.accountId,
          ownerId: opportunity.ownerId,
          ...activityLoggedFields(activity),
        },
        eventContextOf(command),
      );
      const activities = await manager.find(OpportunityActivity, {
        where: { opportunityId: opportunity.id },
        select: { id: true, occurredAt: true, createdAt: true, nextFollowUpAt: true },
      });
      // A plain UPDATE: a save would raise the version, which is the revision of the terms.
      await manager.query('UPDATE opportunity SET next_follow_up_at = $2 WHERE id = $1', [
        opportunity.id,
        nextFollowUpOf(activities),
      ]);
      return activity;
    });
  }

  /** The activities on an opportunity, newest first, for those who may change it; batched per request. */
  async activitiesOf(
    command: CommandContext,
    opportunity: Opportunity,
  ): Promise<OpportunityActivity[]> {
    if (!(await this.access.scopeOf(command)).canChange(opportunity))
      throw new ForbiddenError(
        'Activity notes and visit reports are for the deal’s owner and managers.',
      );
    return loadMany(command, 'opportunity.activities', opportunity.id, async (ids) => {
      const rows = await readerOf(this.dataSource, command).find(OpportunityActivity, {
        where: { opportunityId: oneOrIn(ids) },
        order: { occurredAt: 'DESC', createdAt: 'DESC' },
      });
      return manyByKey(ids, rows, (row) => row.opportunityId);
    });
  }
}

import { LeadFollowUpPlanned } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import { eventContextOf, type CommandContext } from '@salesgraph/service-kit';
import type { EntityManager } from 'typeorm';
import type { Lead } from '../lead/lead.entity';
import { LeadActivity } from './lead-activity.entity';
import { handPlan, nextFollowUpOf } from './next-follow-up.rule';

/**
 * Decides a lead's next follow-up anew (next-follow-up.rule: what happened
 * last, an activity or a plan made by hand) and records a change with
 * LeadFollowUpPlanned, in the caller's transaction on the locked lead.
 */
export class LeadFollowUps {
  constructor(private readonly outbox: Outbox) {}

  async decide(
    command: CommandContext,
    manager: EntityManager,
    lead: Lead,
    source: 'PLANNED' | 'ACTIVITY',
  ): Promise<void> {
    const activities = await manager.find(LeadActivity, {
      where: { leadId: lead.id },
      select: { id: true, occurredAt: true, createdAt: true, nextFollowUpAt: true },
    });
    const previous = lead.nextFollowUpAt;
    const next = nextFollowUpOf([
      ...activities,
      ...handPlan(lead.followUpSetAt, lead.followUpSetTo),
    ]);
    lead.nextFollowUpAt = next;
    await manager.save(lead);
    if ((previous?.getTime() ?? null) === (next?.getTime() ?? null)) return;
    await this.outbox.append(
      manager,
      LeadFollowUpPlanned,
      {
        leadId: lead.id,
        ...(lead.ownerId ? { ownerId: lead.ownerId } : {}),
        ...(next ? { nextFollowUpAt: next.toISOString() } : {}),
        ...(previous ? { previousFollowUpAt: previous.toISOString() } : {}),
        source,
        plannedBy: command.user.id,
        plannedAt: command.clock.now().toISOString(),
      },
      eventContextOf(command),
    );
  }
}

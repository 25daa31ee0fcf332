import {
  LeadContacted,
  LeadDisqualified,
  LeadQualified,
  type EventDefinition,
} from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import { eventContextOf, inTransaction, type CommandContext } from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { LeadGuard } from './lead-guard';
import { leadLifecycle } from './lead-lifecycle';
import type { Lead } from './lead.entity';
import { LeadStatus } from './lead-status';

/**
 * Qualification: NEW -> CONTACTED -> QUALIFIED, or DISQUALIFIED with a reason.
 * Each step checks the transition on the locked row, so a refused step
 * changes nothing and two racing steps cannot both pass.
 */
export class LeadLifecycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly guard: LeadGuard,
  ) {}

  markContacted(command: CommandContext, id: string): Promise<Lead> {
    return this.step(command, id, LeadStatus.CONTACTED, LeadContacted, (lead, now) => {
      lead.contactedAt = now;
      return { ...this.subjectOf(lead), contactedAt: now.toISOString() };
    });
  }

  qualify(command: CommandContext, id: string): Promise<Lead> {
    return this.step(command, id, LeadStatus.QUALIFIED, LeadQualified, (lead, now) => {
      lead.qualifiedAt = now;
      return { ...this.subjectOf(lead), qualifiedAt: now.toISOString() };
    });
  }

  disqualify(command: CommandContext, id: string, reason: string): Promise<Lead> {
    return this.step(command, id, LeadStatus.DISQUALIFIED, LeadDisqualified, (lead, now) => {
      lead.disqualifiedAt = now;
      lead.disqualificationReason = reason.trim();
      lead.nextFollowUpAt = null; // a closed lead has nothing to follow up
      return {
        ...this.subjectOf(lead),
        reason: lead.disqualificationReason,
        disqualifiedAt: now.toISOString(),
      };
    });
  }

  /**
   * One step to `to`: checked on the locked lead, then `apply` records what
   * the step changes and returns the data of `event`, which is published with it.
   */
  private step<TType extends string, TSchema extends z.ZodType>(
    command: CommandContext,
    id: string,
    to: LeadStatus,
    event: EventDefinition<TType, TSchema>,
    apply: (lead: Lead, now: Date) => z.input<TSchema>,
  ): Promise<Lead> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const lead = await this.guard.loadForChange(command, manager, id);
      leadLifecycle.assert(lead.status, to);
      lead.status = to;
      const data = apply(lead, command.clock.now());
      await manager.save(lead);
      await this.outbox.append(manager, event, data, eventContextOf(command));
      return lead;
    });
  }

  /** The lead, its owner and marketing's id travel with every status event, so marketing can follow its leads. */
  private subjectOf(lead: Lead): { leadId: string; ownerId?: string; externalId?: string } {
    return {
      leadId: lead.id,
      ...(lead.ownerId ? { ownerId: lead.ownerId } : {}),
      ...(lead.externalId ? { externalId: lead.externalId } : {}),
    };
  }
}

import { LeadContacted, LeadDisqualified, LeadQualified } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import { eventContextOf, inTransaction, type CommandContext } from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
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
    return inTransaction(this.dataSource, command, async (manager) => {
      const lead = await this.guard.loadForChange(command, manager, id);
      leadLifecycle.assert(lead.status, LeadStatus.CONTACTED);
      lead.status = LeadStatus.CONTACTED;
      lead.contactedAt = command.clock.now();
      await manager.save(lead);
      await this.outbox.append(
        manager,
        LeadContacted,
        { leadId: lead.id, ...this.tags(lead), contactedAt: lead.contactedAt.toISOString() },
        eventContextOf(command),
      );
      return lead;
    });
  }

  qualify(command: CommandContext, id: string): Promise<Lead> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const lead = await this.guard.loadForChange(command, manager, id);
      leadLifecycle.assert(lead.status, LeadStatus.QUALIFIED);
      lead.status = LeadStatus.QUALIFIED;
      lead.qualifiedAt = command.clock.now();
      await manager.save(lead);
      await this.outbox.append(
        manager,
        LeadQualified,
        { leadId: lead.id, ...this.tags(lead), qualifiedAt: lead.qualifiedAt.toISOString() },
        eventContextOf(command),
      );
      return lead;
    });
  }

  disqualify(command: CommandContext, id: string, reason: string): Promise<Lead> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const lead = await this.guard.loadForChange(command, manager, id);
      leadLifecycle.assert(lead.status, LeadStatus.DISQUALIFIED);
      lead.status = LeadStatus.DISQUALIFIED;
      lead.disqualifiedAt = command.clock.now();
      lead.disqualificationReason = reason.trim();
      lead.nextFollowUpAt = null; // a closed lead has nothing to follow up
      await manager.save(lead);
      await this.outbox.append(
        manager,
        LeadDisqualified,
        {
          leadId: lead.id,
          ...this.tags(lead),
          reason: lead.disqualificationReason,
          disqualifiedAt: lead.disqualifiedAt.toISOString(),
        },
        eventContextOf(command),
      );
      return lead;
    });
  }

  /** Owner and marketing's id travel with every status event, so marketing can follow its leads. */
  private tags(lead: Lead): { ownerId?: string; externalId?: string } {
    return {
      ...(lead.ownerId ? { ownerId: lead.ownerId } : {}),
      ...(lead.externalId ? { externalId: lead.externalId } : {}),
    };
  }
}

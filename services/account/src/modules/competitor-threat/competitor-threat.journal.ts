import { CompetitorThreatLogged, CompetitorThreatUpdated } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import { eventContextOf, type CommandContext } from '@salesgraph/service-kit';
import type { EntityManager } from 'typeorm';
import type { CompetitorThreat } from './competitor-threat.entity';

/**
 * Records a threat's events, keyed by the threat: CompetitorThreatLogged,
 * then CompetitorThreatUpdated for every saved change. No change, no event.
 */
export class CompetitorThreatJournal {
  constructor(private readonly outbox: Outbox) {}

  async recordLogged(command: CommandContext, manager: EntityManager, threat: CompetitorThreat) {
    await this.outbox.append(
      manager,
      CompetitorThreatLogged,
      {
        accountId: threat.accountId,
        threatId: threat.id,
        competitor: threat.competitor,
        ...(threat.productId ? { productId: threat.productId } : {}),
        threatLevel: threat.threatLevel,
        status: threat.status,
        loggedBy: threat.loggedBy,
        loggedAt: threat.loggedAt.toISOString(),
      },
      eventContextOf(command),
    );
  }

  async recordUpdate(
    command: CommandContext,
    manager: EntityManager,
    threat: CompetitorThreat,
    changedFields: string[],
  ): Promise<void> {
    if (changedFields.length === 0) return;
    await this.outbox.append(
      manager,
      CompetitorThreatUpdated,
      {
        accountId: threat.accountId,
        threatId: threat.id,
        competitor: threat.competitor,
        threatLevel: threat.threatLevel,
        status: threat.status,
        changedFields,
        updatedAt: threat.updatedAt.toISOString(),
      },
      eventContextOf(command),
    );
  }
}

import { CompetitorThreatUpdated, type EventContext } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import type { EntityManager } from 'typeorm';
import type { CompetitorThreat } from './competitor-threat.entity';

/** Records CompetitorThreatUpdated for a saved change; nothing when no field changed. */
export class CompetitorThreatJournal {
  constructor(private readonly outbox: Outbox) {}

  async recordUpdate(
    manager: EntityManager,
    threat: CompetitorThreat,
    changedFields: string[],
    context: EventContext,
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
      context,
    );
  }
}

import type { EntityManager } from 'typeorm';
import { OutboxMessage } from './outbox/outbox-message.entity';
import { openStoredPersonalData } from './privacy/subject-keys';

export interface AuditRecord {
  eventId: string;
  eventType: string;
  actorId: string | null;
  occurredAt: Date;
  correlationId: string;
  data: unknown;
}

/**
 * Who changed what and when, for one aggregate: the events the service
 * emitted about it, oldest first. The outbox keeps every row after
 * publication for exactly this.
 */
export async function auditHistory(
  manager: EntityManager,
  aggregateType: string,
  aggregateId: string,
  limit = 200,
): Promise<AuditRecord[]> {
  const rows = await manager.find(OutboxMessage, {
    where: { aggregateType, aggregateId },
    order: { position: 'ASC' },
    take: limit,
  });
  // Personal fields opened by the person's key, or read as erased (docs/privacy.md).
  const data = await openStoredPersonalData(
    manager,
    rows.map((row) => ({
      eventType: row.eventType,
      data: (row.payload as { data?: unknown }).data,
    })),
  );
  return rows.map((row, i) => ({
    eventId: row.id,
    eventType: row.eventType,
    actorId: row.actorId,
    occurredAt: row.occurredAt,
    correlationId: row.correlationId,
    data: data[i],
  }));
}

import { ServiceRequestChanged } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import { eventContextOf, type CommandContext } from '@salesgraph/service-kit';
import type { EntityManager } from 'typeorm';
import type { ServiceRequest } from './service-request.entity';

/** Records ServiceRequestChanged: routed to a department, then every move of its status. */
export class ServiceRequestJournal {
  constructor(private readonly outbox: Outbox) {}

  async record(
    command: CommandContext,
    manager: EntityManager,
    request: ServiceRequest,
    change: 'ROUTED' | 'STATUS_CHANGED',
    extra: { at: Date; note?: string },
  ): Promise<void> {
    await this.outbox.append(
      manager,
      ServiceRequestChanged,
      {
        accountId: request.accountId,
        requestId: request.id,
        department: request.department,
        priority: request.priority,
        dueDate: request.dueDate,
        status: request.status,
        change,
        ...(extra.note ? { note: extra.note } : {}),
        changedAt: extra.at.toISOString(),
      },
      eventContextOf(command),
    );
  }
}

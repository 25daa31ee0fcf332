import { TouchpointChanged } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import { eventContextOf, type CommandContext } from '@salesgraph/service-kit';
import type { EntityManager } from 'typeorm';
import { TouchpointStatus } from './touchpoint-enums';
import type { Touchpoint } from './touchpoint.entity';

/**
 * Records TouchpointChanged: marketing plans its communication from these,
 * and they are each touchpoint's history. A next date is only sent while the
 * touchpoint is still planned.
 */
export class TouchpointJournal {
  constructor(private readonly outbox: Outbox) {}

  async record(
    command: CommandContext,
    manager: EntityManager,
    touchpoint: Touchpoint,
    change: 'PLANNED' | 'COMPLETED' | 'CANCELLED',
    at: Date,
  ): Promise<void> {
    await this.outbox.append(
      manager,
      TouchpointChanged,
      {
        accountId: touchpoint.accountId,
        touchpointId: touchpoint.id,
        contactId: touchpoint.contactId,
        channel: touchpoint.channel,
        cadence: touchpoint.cadence,
        ownerId: touchpoint.ownerId,
        ...(touchpoint.status === TouchpointStatus.PLANNED
          ? { nextDate: touchpoint.nextDate }
          : {}),
        status: touchpoint.status,
        change,
        ...(change === 'COMPLETED' && touchpoint.lastDoneAt
          ? { doneAt: touchpoint.lastDoneAt.toISOString() }
          : {}),
        changedAt: at.toISOString(),
      },
      eventContextOf(command),
    );
  }
}

import { FollowUpOverdue } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import { eventContextOf, inTransaction, type CommandContext } from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import { openLeadStatuses } from '../lead/lead-lifecycle';

/**
 * Finds the open, owned leads whose planned follow-up has passed and raises
 * FollowUpOverdue once per follow-up: the lead remembers which one it was
 * raised for (`overdue_reported_for`), set in the same statement that claims
 * it, so concurrent runs cannot both raise it.
 */
export class FollowUpWatch {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /** Returns the leads it raised FollowUpOverdue for. */
  run(command: CommandContext): Promise<string[]> {
    const now = command.clock.now();
    return inTransaction(this.dataSource, command, async (manager) => {
      const claimed: Array<{
        id: string;
        owner_id: string;
        company: string;
        contact_name: string;
        status: 'NEW' | 'CONTACTED' | 'QUALIFIED';
        next_follow_up_at: Date;
      }> = await manager.query(
        // A CTE, so that the driver hands back the rows (a bare UPDATE yields a row count too).
        `WITH claimed AS (
           UPDATE lead SET overdue_reported_for = next_follow_up_at
            WHERE next_follow_up_at < $1 AND owner_id IS NOT NULL AND status = ANY($2)
              AND overdue_reported_for IS DISTINCT FROM next_follow_up_at
          RETURNING id, owner_id, company, contact_name, status, next_follow_up_at)
         SELECT * FROM claimed ORDER BY next_follow_up_at, id`,
        [now, [...openLeadStatuses]],
      );
      for (const lead of claimed)
        await this.outbox.append(
          manager,
          FollowUpOverdue,
          {
            leadId: lead.id,
            ownerId: lead.owner_id,
            company: lead.company,
            contactName: lead.contact_name,
            status: lead.status,
            dueAt: new Date(lead.next_follow_up_at).toISOString(),
            detectedAt: now.toISOString(),
          },
          eventContextOf(command),
        );
      return claimed.map((l) => l.id);
    });
  }
}

import { AccountPlanChanged, PlanShortfallDetected } from '@salesgraph/events';
import type { AuditEntry, GraphQLContext } from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import type { RelationshipAction } from './relationship-action.entity';

interface Row {
  id: string;
  event_type: string;
  actor_id: string | null;
  occurred_at: Date;
  correlation_id: string;
  action_id: string;
  data: Record<string, unknown>;
}

/**
 * An action has no events of its own: its changes are events of its plan
 * (AccountPlanChanged with `action.actionId`), and a shortfall action is
 * created by the plan's PlanShortfallDetected (`actionId`). Its history is
 * those plan events, oldest first, read for all actions of a request at once.
 */
export class RelationshipActionHistory {
  constructor(private readonly dataSource: DataSource) {}

  load(context: GraphQLContext, action: RelationshipAction): Promise<AuditEntry[]> {
    return context.loaders
      .get<RelationshipAction, AuditEntry[]>('relationshipActionHistory', (actions) =>
        this.forActions(actions),
      )
      .load(action);
  }

  async forActions(actions: readonly RelationshipAction[]): Promise<AuditEntry[][]> {
    // The plan id narrows the scan to the plan's events (the outbox is indexed by aggregate).
    const rows: Row[] = await this.dataSource.query(
      `SELECT id, event_type, actor_id, occurred_at, correlation_id, payload->'data' AS data,
              coalesce(payload->'data'->'action'->>'actionId', payload->'data'->>'actionId') AS action_id
         FROM outbox_message
        WHERE aggregate_type = 'AccountPlan' AND aggregate_id = ANY($1::text[])
          AND event_type = ANY($2::text[])
          AND coalesce(payload->'data'->'action'->>'actionId', payload->'data'->>'actionId') = ANY($3::text[])
        ORDER BY position`,
      [
        [...new Set(actions.map((a) => a.planId))],
        [AccountPlanChanged.type, PlanShortfallDetected.type],
        actions.map((a) => a.id),
      ],
    );
    const byAction = new Map<string, AuditEntry[]>(actions.map((a) => [a.id, []]));
    for (const row of rows)
      byAction.get(row.action_id)?.push({
        eventId: row.id,
        eventType: row.event_type,
        actorId: row.actor_id,
        occurredAt: row.occurred_at,
        correlationId: row.correlation_id,
        data: row.data,
      });
    return actions.map((a) => byAction.get(a.id) ?? []);
  }
}

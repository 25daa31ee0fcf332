import { AccountPlanChanged, PlanShortfallDetected } from '@salesgraph/events';
import type { AuditEntry, HistorySource, HistorySubject } from '@salesgraph/service-kit';
import type { EntityManager } from 'typeorm';
import type { RelationshipAction } from './relationship-action.entity';

/**
 * Where an action's history is. An action has no events of its own: its
 * changes are events of its plan (AccountPlanChanged names it in
 * `action.actionId`), and a shortfall action is created by the plan's
 * PlanShortfallDetected (`actionId`). Its history is those plan events.
 */
export const relationshipActionHistory: HistorySource = {
  aggregateType: 'RelationshipAction',
  namedIn: { aggregateType: AccountPlanChanged.aggregateType, dataKey: 'actionId' },
};

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
 * The histories of many actions in one statement, oldest first. HistoryReader
 * finds an entity named by one top-level data key; AccountPlanChanged names
 * the action one level down, so the plan's events are read here.
 */
export async function readRelationshipActionHistories(
  manager: EntityManager,
  subjects: readonly HistorySubject[],
): Promise<Map<string, AuditEntry[]>> {
  const actionIds = [...new Set(subjects.map((s) => s.id))];
  const histories = new Map<string, AuditEntry[]>(actionIds.map((id) => [id, []]));
  if (actionIds.length === 0) return histories;
  // The plan id narrows the scan to the plans' events (the outbox is indexed by aggregate).
  const rows: Row[] = await manager.query(
    `SELECT id, event_type, actor_id, occurred_at, correlation_id, payload->'data' AS data,
            coalesce(payload->'data'->'action'->>'actionId', payload->'data'->>'actionId') AS action_id
       FROM outbox_message
      WHERE aggregate_type = $1 AND aggregate_id = ANY($2::text[])
        AND event_type = ANY($3::text[])
        AND coalesce(payload->'data'->'action'->>'actionId', payload->'data'->>'actionId') = ANY($4::text[])
      ORDER BY position`,
    [
      AccountPlanChanged.aggregateType,
      [...new Set(subjects.flatMap((s) => (s.parentId ? [s.parentId] : [])))],
      [AccountPlanChanged.type, PlanShortfallDetected.type],
      actionIds,
    ],
  );
  for (const row of rows)
    histories.get(row.action_id)?.push({
      eventId: row.id,
      eventType: row.event_type,
      actorId: row.actor_id,
      occurredAt: row.occurred_at,
      correlationId: row.correlation_id,
      data: row.data,
    });
  return histories;
}

/** How the `history` field of an action finds its subject and says where it comes from. */
export const relationshipActionHistoryOptions = {
  parentOf: (action: RelationshipAction) => action.planId,
  description:
    'Who added and changed this action (its plan’s events about it, or the shortfall that created it), what and when; oldest first.',
};

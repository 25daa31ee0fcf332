import type { AuthenticatedUser } from '@salesgraph/identity';
import { openStoredPersonalData } from '@salesgraph/messaging';
import type { DataSource, EntityManager } from 'typeorm';
import type { CommandContext } from '../command/command-context';
import type { AuditEntry } from '../graphql/audit-entry.type';
import type { HistorySource, HistorySubject } from './history-source';
import { redactEventData } from './redact-event-data';

/** At most this many events per entity: the newest, since an audit trail is read from its end. */
export const HISTORY_LIMIT = 200;

interface HistoryRow {
  subject_id: string;
  id: string;
  event_type: string;
  actor_id: string | null;
  occurred_at: Date;
  correlation_id: string;
  data: Record<string, unknown> | null;
  /** The aggregate's personal data key, when the aggregate is a person (null once erased). */
  aggregate_id: string;
  person_key: Buffer | null;
  person_known: boolean;
}

/**
 * Who changed what and when, for many entities of one kind in ONE statement:
 * the outbox rows (kept after publication for exactly this) about each,
 * oldest first. Callers have resolved the entities with the reader's access
 * rules already, so a history is exactly as visible as its entity; the data
 * of each event is shown as `reader` may see it (redactEventData: no cost or
 * margin for a reader without cost access).
 */
export class HistoryReader {
  constructor(private readonly dataSource: DataSource) {}

  async read(
    source: HistorySource,
    subjects: readonly HistorySubject[],
    reader: AuthenticatedUser,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, AuditEntry[]>> {
    const ids = [...new Set(subjects.map((s) => s.id))];
    const histories = new Map<string, AuditEntry[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return histories;
    const params: unknown[] = [source.aggregateType, ids, HISTORY_LIMIT];
    let subject = 'o.aggregate_id';
    let where = '(o.aggregate_type = $1 AND o.aggregate_id = ANY($2::text[]))';
    if (source.namedIn) {
      const parents = [...new Set(subjects.flatMap((s) => (s.parentId ? [s.parentId] : [])))];
      const paths = source.namedIn.dataPaths ?? [[source.namedIn.dataKey]];
      params.push(source.namedIn.aggregateType, parents);
      const named = paths.map((path) => {
        params.push(path);
        return `o.payload -> 'data' #>> $${params.length}::text[]`;
      });
      const namedId = named.length === 1 ? named[0] : `COALESCE(${named.join(', ')})`;
      subject = `CASE WHEN o.aggregate_type = $1 THEN o.aggregate_id ELSE ${namedId} END`;
      where += ` OR (o.aggregate_type = $4 AND o.aggregate_id = ANY($5::text[])
                     AND ${namedId} = ANY($2::text[]))`;
    }
    const rows: HistoryRow[] = await manager.query(
      `WITH about AS (
         SELECT ${subject} AS subject_id, o.position, o.id, o.event_type, o.actor_id, o.occurred_at,
                o.correlation_id, o.payload -> 'data' AS data,
                o.aggregate_id, k.key AS person_key, k.subject_id IS NOT NULL AS person_known
         FROM outbox_message o
         -- The key of an aggregate that is a person (a lead, a contact), in the same statement.
         LEFT JOIN privacy_subject_key k ON k.subject_id = o.aggregate_id
         WHERE ${where}
       ), ranked AS (
         SELECT about.*, row_number() OVER (PARTITION BY subject_id ORDER BY position DESC) AS recency
         FROM about
       )
       SELECT * FROM ranked WHERE recency <= $3 ORDER BY position`,
      params,
    );
    // Personal fields are sealed in the outbox: opened by the person's key, or read as erased.
    const known = new Map<string, Buffer | null>();
    for (const row of rows) if (row.person_known) known.set(row.aggregate_id, row.person_key);
    const data = await openStoredPersonalData(
      manager,
      rows.map((row) => ({ eventType: row.event_type, data: row.data ?? {} })),
      known,
    );
    rows.forEach((row, i) =>
      histories.get(row.subject_id)?.push({
        eventId: row.id,
        eventType: row.event_type,
        actorId: row.actor_id,
        occurredAt: row.occurred_at,
        correlationId: row.correlation_id,
        ...redactEventData(row.event_type, data[i], reader),
      }),
    );
    return histories;
  }

  /**
   * The history of one entity through the command's per-request loader: all
   * entities of a source asked for in one request are read in one statement,
   * so `leads(limit: 100) { history }` costs what `leads(limit: 10)` does.
   */
  load(
    command: Pick<CommandContext, 'loaders' | 'user'>,
    source: HistorySource,
    subject: HistorySubject,
  ): Promise<AuditEntry[]> {
    const key = `${subject.parentId ?? ''}/${subject.id}`;
    return command.loaders
      .get<string, AuditEntry[]>(`history:${source.aggregateType}`, async (keys) => {
        const subjects = keys.map((k) => {
          const [parentId, id] = k.split('/');
          return parentId ? { id, parentId } : { id };
        });
        const histories = await this.read(source, subjects, command.user);
        return subjects.map((s) => histories.get(s.id) ?? []);
      })
      .load(key);
  }
}

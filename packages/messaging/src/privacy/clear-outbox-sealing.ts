import { findEventDefinition, EventCatalog } from '@salesgraph/events';
import type { DataSource } from 'typeorm';
import { hasClearPersonalFields } from './personal-data-cipher';
import type { SubjectKeys } from './subject-keys';

export interface ClearOutboxSealingResult {
  /** Outbox rows read that carry personal fields. */
  examined: number;
  /** Rows whose clear personal fields were sealed now. */
  sealed: number;
  /** The last position looked at: a run stopped early resumes after it (`--after`). */
  lastPosition: string | null;
}

/**
 * Seals in place the personal fields of outbox rows written before sealing
 * existed (docs/privacy.md), so an old history is shredded by erasure like a
 * new one: each person's key is issued as Outbox.append issues it (a row of
 * privacy_subject_key and an outbox row publishing it), and a person erased
 * already reads as erased. One transaction per batch, in outbox order;
 * values sealed already are left alone, so a second run seals nothing and a
 * run stopped half-way is resumed by running it again (or from
 * `lastPosition`). What was published in clear stays so on the topics: only
 * the service's own history is reached.
 */
export class ClearOutboxSealing {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: SubjectKeys,
  ) {}

  async run(
    options: {
      batchSize?: number;
      after?: string;
      onBatch?: (r: ClearOutboxSealingResult) => void;
    } = {},
  ): Promise<ClearOutboxSealingResult> {
    const batchSize = options.batchSize ?? 500;
    const types = EventCatalog.filter((d) => d.personalFields.length > 0).map((d) => d.type);
    const result: ClearOutboxSealingResult = {
      examined: 0,
      sealed: 0,
      lastPosition: options.after ?? null,
    };
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const rows: Array<{ id: string; position: string; event_type: string; data: unknown }> =
          await manager.query(
            `SELECT id, position::text AS position, event_type, payload -> 'data' AS data
               FROM outbox_message
              WHERE event_type = ANY($1::text[]) AND position > $2::bigint
              ORDER BY position LIMIT $3 FOR UPDATE`,
            [types, result.lastPosition ?? '-1', batchSize],
          );
        let sealed = 0;
        for (const row of rows) {
          const definition = findEventDefinition(row.event_type);
          if (!definition || !hasClearPersonalFields(definition.personalFields, row.data)) continue;
          const data = await this.keys.seal(manager, definition, row.data);
          if (JSON.stringify(data) === JSON.stringify(row.data)) continue;
          await manager.query(
            `UPDATE outbox_message SET payload = jsonb_set(payload, '{data}', $2::jsonb) WHERE id = $1`,
            [row.id, JSON.stringify(data)],
          );
          sealed += 1;
        }
        return { rows, sealed };
      });
      if (batch.rows.length === 0) return result;
      result.examined += batch.rows.length;
      result.sealed += batch.sealed;
      result.lastPosition = batch.rows[batch.rows.length - 1].position;
      options.onBatch?.({ ...result });
    }
  }
}

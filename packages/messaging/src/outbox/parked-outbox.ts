import type { DataSource } from 'typeorm';
import { OUTBOX_CHANNEL } from './outbox-channel';

export interface ParkedOutboxRow {
  id: string;
  position: string;
  aggregateType: string;
  aggregateId: string;
  eventType: string;
  topic: string;
  attempts: number;
  lastError: string | null;
  parkedAt: Date;
  /** Later events of the same aggregate waiting behind this row. */
  waitingBehind: number;
}

/**
 * What an admin does with outbox rows the broker kept refusing: see them,
 * send one back to the relay (after fixing the cause, e.g. creating the topic
 * or raising the size limit), or discard it so its aggregate's later events
 * flow again. Every decision records who took it.
 */
export class ParkedOutbox {
  constructor(private readonly dataSource: DataSource) {}

  async count(): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_message
        WHERE parked_at IS NOT NULL AND discarded_at IS NULL`,
    );
    return row.n;
  }

  async list(limit = 100): Promise<ParkedOutboxRow[]> {
    const rows = await this.dataSource.query(
      `SELECT p.id, p.position, p.aggregate_type, p.aggregate_id, p.event_type, p.topic, p.attempts,
              p.last_error, p.parked_at,
              (SELECT count(*)::int FROM outbox_message w
                WHERE w.aggregate_type = p.aggregate_type AND w.aggregate_id = p.aggregate_id
                  AND w.position > p.position AND w.discarded_at IS NULL
                  AND EXISTS (SELECT 1 FROM outbox_pending q WHERE q.position = w.position)
              ) AS waiting_behind
         FROM outbox_message p
        WHERE p.parked_at IS NOT NULL AND p.discarded_at IS NULL
        ORDER BY p.position LIMIT $1`,
      [limit],
    );
    return rows.map((r: Record<string, unknown>) => ({
      id: r.id,
      position: r.position,
      aggregateType: r.aggregate_type,
      aggregateId: r.aggregate_id,
      eventType: r.event_type,
      topic: r.topic,
      attempts: r.attempts,
      lastError: r.last_error,
      parkedAt: r.parked_at,
      waitingBehind: r.waiting_behind,
    })) as ParkedOutboxRow[];
  }

  /** Hands the row back to the relay with a fresh attempt budget. False when it is not parked. */
  async retry(id: string, by: string): Promise<boolean> {
    return this.change(
      `UPDATE outbox_message SET parked_at = NULL, attempts = 0, retried_by = $2
        WHERE id = $1 AND parked_at IS NOT NULL AND discarded_at IS NULL`,
      id,
      by,
    );
  }

  /** Gives the row up: it leaves the queue unpublished, and its aggregate's later events go on. */
  async discard(id: string, by: string): Promise<boolean> {
    return this.change(
      `WITH discarded AS (
         UPDATE outbox_message SET discarded_at = now(), discarded_by = $2
          WHERE id = $1 AND parked_at IS NOT NULL AND discarded_at IS NULL
          RETURNING position)
       DELETE FROM outbox_pending WHERE position IN (SELECT position FROM discarded)`,
      id,
      by,
    );
  }

  /** Changes one row and wakes the relay at commit: a retried row goes now, not at the safety poll. */
  private async change(sql: string, id: string, by: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const result = await manager.query(sql, [id, by]);
      const affected = Array.isArray(result) ? result[1] : 0;
      if (affected === 1) await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, '']);
      return affected === 1;
    });
  }
}

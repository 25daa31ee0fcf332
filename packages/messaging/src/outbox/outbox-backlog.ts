import type { DataSource } from 'typeorm';

export interface OutboxBacklog {
  /** Rows waiting for the relay: neither published, parked nor discarded. */
  pending: number;
  /** Seconds since the oldest waiting row was written; 0 when none waits. */
  oldestAgeSeconds: number;
  /** Rows the broker kept refusing, waiting for an admin. */
  parked: number;
}

/**
 * The relay's backlog in one statement over the queue of rows to publish
 * (`outbox_pending`), so reading it stays cheap however long the published
 * history grows.
 */
export async function outboxBacklog(dataSource: DataSource): Promise<OutboxBacklog> {
  const [row] = await dataSource.query(
    `SELECT count(*) FILTER (WHERE m.parked_at IS NULL)::int AS pending,
            count(*) FILTER (WHERE m.parked_at IS NOT NULL)::int AS parked,
            COALESCE(EXTRACT(EPOCH FROM now() - min(m.occurred_at) FILTER (WHERE m.parked_at IS NULL)), 0)::float8
              AS oldest_age
       FROM outbox_pending q
       JOIN outbox_message m ON m.position = q.position
      WHERE m.discarded_at IS NULL`,
  );
  return {
    pending: row.pending,
    parked: row.parked,
    oldestAgeSeconds: Math.max(0, row.oldest_age),
  };
}

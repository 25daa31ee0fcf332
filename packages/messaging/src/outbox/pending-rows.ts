/** An outbox row as the relay reads it (column names as stored). */
export interface PendingRow {
  id: string;
  position: string;
  aggregate_type: string;
  aggregate_id: string;
  event_type: string;
  topic: string;
  /**
   * The event as PostgreSQL prints the stored jsonb: the message's value as it
   * is. Parsed by pg and printed again by the relay, it cost 3.8 µs a row, four
   * rows a lead in an ingest (issue 17); jsonb's text has a space after each
   * `:` and `,`, which readers of JSON do not see.
   */
  payload: string;
  /** The W3C trace context the event carries (`traceparent`, `tracestate`), for the publish span. */
  traceparent: string | null;
  tracestate: string | null;
  correlation_id: string;
  attempts: number;
}

/**
 * Rows waiting to be published (in `outbox_pending`, OutboxPendingQueue), in
 * position order, leaving out parked and discarded rows and every later row
 * of an aggregate that has a parked row: an aggregate's events never overtake
 * one another, other aggregates flow on.
 *
 * The relay runs it with `enable_sort = off` on its own connection. The table
 * fills faster than autovacuum analyses it, and with statistics that still
 * count a handful of rows the planner read every pending row and sorted them
 * for the first 200: 138 ms a call in a lead ingest of 6,000 leads, slower the
 * further the relay fell behind. Walking the queue's key in position order
 * reads only the rows it returns. Each row is looked up on its own (LATERAL,
 * kept a subquery by its LIMIT): joined plainly, the planner merged the queue
 * with the position index of the whole table, every published row's entry
 * walked before the first queued one (25 ms a read with 40,000 published),
 * or sorted in parallel workers once the statistics caught up.
 *
 * The look-up of parked rows can only use the parked index (see
 * OutboxParkedIndex1796500000000): with stale statistics, a look-up that could
 * walk the backlog once per row read took 3.9 s a read with 22,000 pending.
 */
export const PENDING_ROWS_SQL = `
  SELECT m.*
    FROM outbox_pending q
   CROSS JOIN LATERAL (
     SELECT m.id, m.position, m.aggregate_type, m.aggregate_id, m.event_type, m.topic,
            m.payload::text AS payload, m.payload ->> 'traceparent' AS traceparent,
            m.payload ->> 'tracestate' AS tracestate, m.correlation_id, m.attempts
       FROM outbox_message m
      WHERE m.position = q.position AND m.parked_at IS NULL AND m.discarded_at IS NULL
        AND NOT EXISTS (
          SELECT 1 FROM outbox_message p
           WHERE p.parked_at IS NOT NULL AND p.discarded_at IS NULL
             AND p.aggregate_type = m.aggregate_type AND p.aggregate_id = m.aggregate_id
             AND p.position < m.position)
      LIMIT 1) m
   ORDER BY q.position
   LIMIT $1`;

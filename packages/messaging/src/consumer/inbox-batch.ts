import type { Envelope } from '@salesgraph/events';
import type { EntityManager } from 'typeorm';
import type { IncomingMessage } from '../kafka/message';

/**
 * Records a batch's events in the inbox with one statement and answers which
 * of them are new: an event already recorded (a redelivery), or met earlier in
 * the same batch, is left out, so the handler sees each event once. Their
 * processed_at rises with their order (not one now() for all): the events
 * are handled one after the other, and the inbox says in which order.
 */
export async function recordNewInInbox<T extends { event: Envelope; message: IncomingMessage }>(
  manager: EntityManager,
  consumer: string,
  items: readonly T[],
): Promise<T[]> {
  if (items.length === 0) return [];
  const rows: Array<{ event_id: string }> = await manager.query(
    `INSERT INTO inbox_message (consumer, event_id, event_type, topic, partition, "offset", processed_at)
     SELECT $1, e.id, e.type, e.topic, e.partition, e.offset,
            clock_timestamp() + (e.n - 1) * interval '1 microsecond'
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::int[], $6::bigint[])
            WITH ORDINALITY AS e(id, type, topic, partition, "offset", n)
     ON CONFLICT DO NOTHING RETURNING event_id`,
    [
      consumer,
      items.map((i) => i.event.id),
      items.map((i) => i.event.type),
      items.map((i) => i.message.topic),
      items.map((i) => i.message.partition),
      items.map((i) => i.message.offset),
    ],
  );
  const fresh = new Set(rows.map((r) => r.event_id.toLowerCase()));
  return items.filter((item) => {
    const id = item.event.id.toLowerCase();
    if (!fresh.has(id)) return false;
    fresh.delete(id); // a second copy in the same batch is a duplicate too
    return true;
  });
}

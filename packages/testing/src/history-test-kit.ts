import type { MessageBroker } from '@salesgraph/messaging';
import { collectMessages, testBroker } from './kafka-test-client';

/** One entry of a `history` field, as the tests ask for it (`historyFields`). */
export interface HistoryEntry {
  eventType: string;
  actorId: string | null;
  occurredAt: string;
  data: Record<string, unknown>;
}

/** The selection that reads a `history` as HistoryEntry. */
export const historyFields = 'history { eventType actorId occurredAt data }';

/**
 * Whether a history reads as it happened: oldest first, every entry between
 * `since` (a second of clock skew allowed) and now. Compare with
 * `{ oldestFirst: true, sinceThen: true }`.
 */
export function chronologyOf(
  history: readonly Pick<HistoryEntry, 'occurredAt'>[],
  since: Date,
): { oldestFirst: boolean; sinceThen: boolean } {
  const times = history.map((h) => Date.parse(h.occurredAt));
  return {
    oldestFirst: times.every((t, i) => i === 0 || times[i - 1] <= t),
    sinceThen: times.every((t) => t >= since.getTime() - 1000 && t <= Date.now()),
  };
}

/** Anything that runs SQL: a DataSource, an EntityManager, a pg client. */
interface Sql {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** Outbox rows of a service, of one aggregate type or all: a refused change must add none. */
export async function outboxCount(db: Sql, aggregateType?: string): Promise<number> {
  const rows = (await db.query(
    `SELECT count(*)::int AS n FROM outbox_message WHERE $1::text IS NULL OR aggregate_type = $1`,
    [aggregateType ?? null],
  )) as Array<{ n: number }>;
  return rows[0].n;
}

/** An event as other services read it off the topic. */
export interface PublishedEvent {
  type: string;
  subject: string;
  actorid?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the data of any contract
  data: Record<string, any>;
}

/**
 * A service's topic read from the beginning, as other services read it:
 * `about(key)` gives the events published under an aggregate id, oldest first.
 */
export async function publishedEvents(topic: string) {
  const broker: MessageBroker = testBroker();
  const collector = await collectMessages(broker, topic);
  return {
    about(key: string): PublishedEvent[] {
      return collector.messages
        .filter((m) => m.key === key)
        .map((m) => JSON.parse(m.value!.toString()) as PublishedEvent);
    },
    async close(): Promise<void> {
      await collector.close();
      await broker.disconnect();
    },
  };
}

export type PublishedEvents = Awaited<ReturnType<typeof publishedEvents>>;

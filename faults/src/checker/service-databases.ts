import { Client } from 'pg';
import type { ServiceName } from './expected-consumers';
import type { StoredNotification } from './notification-check';

export interface OutboxRow {
  id: string;
  position: bigint;
  aggregateType: string;
  aggregateId: string;
  eventType: string;
  topic: string;
  published: boolean;
  parked: boolean;
  discarded: boolean;
  causationId: string | null;
  lastError: string | null;
}

export interface InboxRow {
  consumer: string;
  eventId: string;
  eventType: string;
  /** Microseconds since the epoch: handling order per partition. */
  processedAtUs: bigint;
}

/** The checker's read-only view of one service's database, in plain SQL. */
export class ServiceDatabase {
  constructor(
    readonly service: ServiceName,
    private readonly url: string,
  ) {}

  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: this.url, application_name: 'fault-checker' });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  async outbox(): Promise<OutboxRow[]> {
    const rows = await this.query<Record<string, string | null>>(
      `SELECT id, position::text AS position, aggregate_type, aggregate_id, event_type, topic,
              discarded_at IS NULL
                AND NOT EXISTS (SELECT 1 FROM outbox_pending q WHERE q.position = m.position) AS published,
              parked_at IS NOT NULL AS parked,
              discarded_at IS NOT NULL AS discarded, payload->>'causationid' AS causation_id, last_error
         FROM outbox_message m ORDER BY position`,
    );
    return rows.map((r) => ({
      id: r.id!,
      position: BigInt(r.position!),
      aggregateType: r.aggregate_type!,
      aggregateId: r.aggregate_id!,
      eventType: r.event_type!,
      topic: r.topic!,
      published: r.published as unknown as boolean,
      parked: r.parked as unknown as boolean,
      discarded: r.discarded as unknown as boolean,
      causationId: r.causation_id,
      lastError: r.last_error,
    }));
  }

  async inbox(): Promise<InboxRow[]> {
    const rows = await this.query<Record<string, string>>(
      `SELECT consumer, event_id, event_type,
              (extract(epoch FROM processed_at) * 1000000)::bigint::text AS processed_us
         FROM inbox_message`,
    );
    return rows.map((r) => ({
      consumer: r.consumer,
      eventId: r.event_id,
      eventType: r.event_type,
      processedAtUs: BigInt(r.processed_us),
    }));
  }
}

/** The notification service's notifications, one entry per event and recipient (columns of its migration). */
export async function storedNotifications(db: ServiceDatabase): Promise<StoredNotification[]> {
  const rows = await db.query<Record<string, string>>(
    `SELECT source_event_id::text AS source_event_id, source_event_type, recipient_id, count(*)::text AS n
       FROM notification GROUP BY source_event_id, source_event_type, recipient_id`,
  );
  return rows.map((r) => ({
    sourceEventId: r.source_event_id,
    sourceEventType: r.source_event_type,
    recipientId: r.recipient_id,
    rows: Number(r.n),
  }));
}

/** The five service databases by service name. */
export type ServiceDatabases = Record<ServiceName, ServiceDatabase>;

export function serviceDatabases(urls: Record<ServiceName, string>): ServiceDatabases {
  return {
    lead: new ServiceDatabase('lead', urls.lead),
    account: new ServiceDatabase('account', urls.account),
    order: new ServiceDatabase('order', urls.order),
    planning: new ServiceDatabase('planning', urls.planning),
    notification: new ServiceDatabase('notification', urls.notification),
  };
}

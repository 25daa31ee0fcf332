import { Kafka, logLevel } from 'kafkajs';

/** One record of a topic as the checker sees it: where it is, and what it says. */
export interface TopicRecord {
  topic: string;
  partition: number;
  offset: bigint;
  key: string | null;
  headers: Record<string, string>;
  /** The CloudEvents envelope, or undefined when the value is not a JSON object. */
  envelope?: { id?: string; type?: string; subject?: string; causationid?: string; data?: unknown };
  /** Broker timestamp (producer create time), ms. */
  timestamp: number;
}

/**
 * Reads topics from their first retained record to where they end now, with
 * its own kafkajs client and a throwaway consumer group that never commits:
 * nothing of the platform's messaging code is involved, so a bug there cannot
 * hide itself from the checker.
 */
export class TopicReader {
  private readonly kafka: Kafka;

  constructor(brokers: string[]) {
    this.kafka = new Kafka({
      clientId: 'salesgraph-fault-checker',
      brokers,
      logLevel: logLevel.NOTHING,
      retry: { retries: 10 },
    });
  }

  async existingTopics(): Promise<string[]> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      return await admin.listTopics();
    } finally {
      await admin.disconnect();
    }
  }

  /** Every record of `topic`, ordered by partition and offset. */
  async readAll(topic: string, timeoutMs = 180_000): Promise<TopicRecord[]> {
    const admin = this.kafka.admin();
    await admin.connect();
    const ends = new Map<number, bigint>();
    try {
      for (const o of await admin.fetchTopicOffsets(topic))
        if (BigInt(o.high) > BigInt(o.low)) ends.set(o.partition, BigInt(o.high));
    } finally {
      await admin.disconnect();
    }
    const records: TopicRecord[] = [];
    if (ends.size === 0) return records;
    const groupId = `salesgraph-fault-checker-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const consumer = this.kafka.consumer({ groupId, maxWaitTimeInMs: 250, maxBytes: 50 << 20 });
    await consumer.connect();
    const remaining = new Set(ends.keys());
    try {
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`reading ${topic}: not at its end after ${timeoutMs} ms`)),
          timeoutMs,
        );
        consumer
          .run({
            autoCommit: false,
            eachBatch: async ({ batch }) => {
              const end = ends.get(batch.partition);
              if (end === undefined) return;
              for (const m of batch.messages) {
                const offset = BigInt(m.offset);
                if (offset >= end) break;
                records.push(recordOf(topic, batch.partition, offset, m));
                if (offset + 1n >= end) remaining.delete(batch.partition);
              }
              if (remaining.size === 0) {
                clearTimeout(timer);
                resolve();
              }
            },
          })
          .catch(reject);
      });
    } finally {
      await consumer.disconnect();
      const admin2 = this.kafka.admin();
      await admin2.connect();
      await admin2.deleteGroups([groupId]).catch(() => undefined);
      await admin2.disconnect();
    }
    return records.sort((a, b) => a.partition - b.partition || (a.offset < b.offset ? -1 : 1));
  }
}

function recordOf(
  topic: string,
  partition: number,
  offset: bigint,
  m: {
    key: Buffer | null;
    value: Buffer | null;
    timestamp: string;
    headers?: Record<string, Buffer | string | (Buffer | string)[] | undefined>;
  },
): TopicRecord {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(m.headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first != null) headers[name] = first.toString();
  }
  let envelope: TopicRecord['envelope'];
  try {
    const parsed = JSON.parse(m.value?.toString('utf8') ?? '');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) envelope = parsed;
  } catch {
    envelope = undefined;
  }
  return {
    topic,
    partition,
    offset,
    key: m.key ? m.key.toString('utf8') : null,
    headers,
    envelope,
    timestamp: Number(m.timestamp),
  };
}

import { ConfigResourceTypes } from './kafkajs';
import type { Logger } from '../logger';
import { consumedCuts, type TruncatedPartition } from './consumed-records';
import { newKafkaClient } from './kafkajs-client';
import type { IncomingMessage, MessageHeaders } from './message';

/** The readable range of one partition: offsets from `low` (inclusive) to `high` (exclusive). */
export interface PartitionRange {
  partition: number;
  low: string;
  high: string;
}

/**
 * Administrative reads and clean-ups that tools such as a projection replay
 * need and a running service does not: where each partition of a topic ends
 * now, and removing a consumer group that served its purpose.
 */
export interface TopicAdmin {
  partitionRanges(topic: string): Promise<PartitionRange[]>;
  /** The topic's effective retention: milliseconds, -1 for ever. */
  retentionMs(topic: string): Promise<number>;
  /** Every message of a topic from its earliest retained offset to where it ends now, in partition order. */
  readAll(topic: string): Promise<IncomingMessage[]>;
  /**
   * Calls `each` for every message of a topic up to where it ends now (in
   * order within a partition), without committing anything anywhere.
   */
  scan(topic: string, each: (message: IncomingMessage) => Promise<void> | void): Promise<number>;
  deleteConsumerGroup(groupId: string): Promise<void>;
  /** A consumer group's state (Stable, PreparingRebalance, Empty, ...) and its member ids. */
  describeGroup(groupId: string): Promise<{ state: string; members: string[] }>;
  /** Removes a partition's messages before an offset, as retention would; for drills and tests. */
  deleteRecordsBefore(topic: string, partition: number, offset: string): Promise<void>;
  /**
   * Removes the records of a topic that every named consumer group has
   * consumed (before their lowest committed offset, partition by partition);
   * records not yet consumed stay. For intake topics that hold personal data
   * in clear (docs/privacy.md). Answers where each partition was cut.
   */
  deleteConsumedRecords(topic: string, groupIds: readonly string[]): Promise<TruncatedPartition[]>;
  disconnect(): Promise<void>;
}

/** Like createKafkaBroker, a kafkajs client of its own. */
export function createKafkaTopicAdmin(options: {
  clientId: string;
  brokers: string[];
  logger: Logger;
}): TopicAdmin {
  const kafka = newKafkaClient(options);
  const admin = kafka.admin();
  let connected: Promise<void> | undefined;
  const ready = () => (connected ??= admin.connect());

  const topicAdmin: TopicAdmin = {
    async partitionRanges(topic) {
      await ready();
      const offsets = await whileMetadataSettles(() => admin.fetchTopicOffsets(topic));
      return offsets
        .map((o) => ({ partition: o.partition, low: o.low, high: o.high }))
        .sort((a, b) => a.partition - b.partition);
    },
    async retentionMs(topic) {
      await ready();
      const { resources } = await admin.describeConfigs({
        includeSynonyms: false,
        resources: [
          { type: ConfigResourceTypes.TOPIC, name: topic, configNames: ['retention.ms'] },
        ],
      });
      const entry = resources[0]?.configEntries.find((e) => e.configName === 'retention.ms');
      return Number(entry?.configValue ?? NaN);
    },
    async readAll(topic) {
      const messages: IncomingMessage[] = [];
      await topicAdmin.scan(topic, (m) => void messages.push(m));
      return messages.sort(
        (a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)),
      );
    },
    async scan(topic, each) {
      await ready();
      const ranges = (await whileMetadataSettles(() => admin.fetchTopicOffsets(topic))).filter(
        (o) => BigInt(o.high) > BigInt(o.low),
      );
      if (ranges.length === 0) return 0;
      const remaining = new Set(ranges.map((r) => r.partition));
      const ends = new Map(ranges.map((r) => [r.partition, BigInt(r.high)]));
      let count = 0;
      // A group of its own that never commits, removed afterwards: reading changes nothing.
      const groupId = `salesgraph-admin-read-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
      const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 500 });
      await consumer.connect();
      try {
        await consumer.subscribe({ topics: [topic], fromBeginning: true });
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(
            () => reject(new Error(`could not read ${topic} to its end within 60 s`)),
            60_000,
          );
          consumer
            .run({
              autoCommit: false,
              eachMessage: async ({ partition, message }) => {
                const end = ends.get(partition);
                if (end === undefined || BigInt(message.offset) >= end) return;
                count += 1;
                await each({
                  topic,
                  partition,
                  offset: message.offset,
                  key: message.key ? message.key.toString('utf8') : null,
                  value: message.value,
                  headers: headersOf(message.headers),
                  timestamp: message.timestamp,
                });
                if (BigInt(message.offset) + 1n >= end) {
                  remaining.delete(partition);
                  if (remaining.size === 0) {
                    clearTimeout(timer);
                    resolve();
                  }
                }
              },
            })
            .catch(reject);
        });
      } finally {
        await consumer.disconnect();
        await admin.deleteGroups([groupId]).catch(() => undefined);
      }
      return count;
    },
    async describeGroup(groupId) {
      await ready();
      const { groups } = await admin.describeGroups([groupId]);
      const group = groups[0];
      return {
        state: group?.state ?? 'Dead',
        members: (group?.members ?? []).map((m) => m.memberId),
      };
    },
    async deleteRecordsBefore(topic, partition, offset) {
      await ready();
      await admin.deleteTopicRecords({ topic, partitions: [{ partition, offset }] });
    },
    async deleteConsumedRecords(topic, groupIds) {
      await ready();
      const ranges = await topicAdmin.partitionRanges(topic);
      const committed = await Promise.all(
        groupIds.map(async (groupId) => {
          const [answer] = await admin.fetchOffsets({ groupId, topics: [topic] });
          return answer?.partitions ?? [];
        }),
      );
      const cuts = consumedCuts(ranges, committed);
      if (cuts.length > 0)
        await admin.deleteTopicRecords({
          topic,
          partitions: cuts.map(({ partition, offset }) => ({ partition, offset })),
        });
      return cuts;
    },
    async deleteConsumerGroup(groupId) {
      await ready();
      await admin.deleteGroups([groupId]);
    },
    async disconnect() {
      if (connected) await admin.disconnect();
      connected = undefined;
    },
  };
  return topicAdmin;
}

function headersOf(
  headers: Record<string, Buffer | string | (Buffer | string)[] | undefined> | undefined,
): MessageHeaders {
  const result: MessageHeaders = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first != null) result[name] = first.toString();
  }
  return result;
}

/** Retries what a broker answers with a retriable error while a new topic's leaders settle. */
async function whileMetadataSettles<T>(work: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await work();
    } catch (error) {
      if (!(error as { retriable?: boolean }).retriable || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

import type { Logger } from '../logger';
import { newKafkaClient } from './kafkajs-client';

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
  deleteConsumerGroup(groupId: string): Promise<void>;
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

  return {
    async partitionRanges(topic) {
      await ready();
      const offsets = await admin.fetchTopicOffsets(topic);
      return offsets
        .map((o) => ({ partition: o.partition, low: o.low, high: o.high }))
        .sort((a, b) => a.partition - b.partition);
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
}

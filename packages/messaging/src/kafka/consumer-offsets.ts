import type { Admin } from 'kafkajs';

export interface PartitionLag {
  group: string;
  topic: string;
  partition: number;
  /** Messages after the group's committed offset (after the start of the partition, if none). */
  lag: number;
}

/** How far a consumer group is behind the end of each partition of its topics, as Kafka's own tools count it. */
export async function consumerLagOf(
  admin: Admin,
  groupId: string,
  topics: string[],
): Promise<PartitionLag[]> {
  const committed = await admin.fetchOffsets({ groupId, topics });
  const result: PartitionLag[] = [];
  for (const { topic, partitions } of committed) {
    const ends = new Map((await admin.fetchTopicOffsets(topic)).map((o) => [o.partition, o]));
    for (const { partition, offset } of partitions) {
      const end = ends.get(partition);
      if (!end) continue;
      const from = BigInt(offset) >= 0n ? BigInt(offset) : BigInt(end.low);
      const lag = BigInt(end.high) - from;
      result.push({ group: groupId, topic, partition, lag: Number(lag > 0n ? lag : 0n) });
    }
  }
  return result;
}

/** Messages retained in each topic (end minus start, over its partitions); 0 for a topic that does not exist. */
export async function messageCountsOf(
  admin: Admin,
  topics: string[],
): Promise<Array<{ topic: string; messages: number }>> {
  const existing = new Set(await admin.listTopics());
  return Promise.all(
    topics.map(async (topic) => {
      if (!existing.has(topic)) return { topic, messages: 0 };
      const offsets = await admin.fetchTopicOffsets(topic);
      const messages = offsets.reduce((sum, o) => sum + (BigInt(o.high) - BigInt(o.low)), 0n);
      return { topic, messages: Number(messages) };
    }),
  );
}

import { Kafka, logLevel, type Admin } from 'kafkajs';
import { Client } from 'pg';

export interface Recovery {
  /** From the kill to the moment every partition with work was consumed again, ms; undefined if not within the limit. */
  recoveryMs?: number;
  /** Partitions (group/topic/partition) that had events to consume while the instance was down. */
  partitions: number;
  /**
   * "lag at kill": partitions had unconsumed events when the instance died;
   * "work right after kill": events arrived within seconds of the kill, while
   * it was down. Either way the figure runs from the kill.
   */
  basis: 'lag at kill' | 'work right after kill' | 'no work';
}

type Offsets = Map<string, bigint>;
export interface ConsumerGroup {
  /** The inbox consumer name: keys the figures. */
  group: string;
  /** The Kafka consumer group that reads for it (the service's one). */
  kafkaGroup: string;
  topic: string;
}

/**
 * Measures recovery after a kill -9 from the outside: for every partition of
 * the killed service's consumer groups that has events to consume, the time
 * from the kill until one of them is consumed again - the group commits past
 * where it stood at the kill, or the service's inbox records an event of
 * that partition handled after the kill (the first handled event shows
 * before its batch is committed). Handled and ignored events count alike.
 */
export class RecoveryProbe {
  private readonly admin: Admin;
  private connected?: Promise<void>;

  constructor(brokers: string[]) {
    this.admin = new Kafka({
      clientId: 'fault-recovery-probe',
      brokers,
      logLevel: logLevel.NOTHING,
    }).admin();
  }

  /** Committed offsets of the groups now: call it right before the kill. */
  async committed(groups: ConsumerGroup[]): Promise<Offsets> {
    await (this.connected ??= this.admin.connect());
    const offsets: Offsets = new Map();
    for (const { group, kafkaGroup, topic } of groups) {
      const [entry] = await this.admin.fetchOffsets({ groupId: kafkaGroup, topics: [topic] });
      for (const p of entry?.partitions ?? [])
        offsets.set(`${group}|${topic}|${p.partition}`, BigInt(p.offset));
    }
    return offsets;
  }

  async measure(
    groups: ConsumerGroup[],
    atKill: Offsets,
    killedAt: number,
    databaseUrl: string,
    options: { observeMs?: number; limitMs?: number; earlyMs?: number } = {},
  ): Promise<Recovery> {
    const observeMs = options.observeMs ?? 15_000;
    // Work that arrives this soon after the kill found no consumer: it counts from the kill.
    const earlyMs = options.earlyMs ?? 5_000;
    const limitMs = options.limitMs ?? 120_000;
    const pendingSince = new Map<string, number>();
    const laggingAtKill = new Set<string>();
    const resolved = new Map<string, number>();
    let first = true;
    while (Date.now() - killedAt < limitMs) {
      let ends: Offsets;
      let now: Offsets;
      let handled: Map<string, number>;
      try {
        ends = await this.ends(groups);
        now = await this.committed(groups);
        handled = await firstHandledAfter(databaseUrl, groups, killedAt);
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 250));
        continue;
      }
      const at = Date.now();
      for (const [key, end] of ends) {
        const before = atKill.get(key) ?? -1n;
        if (end > (before < 0n ? 0n : before) && !pendingSince.has(key)) {
          pendingSince.set(key, at);
          if (first) laggingAtKill.add(key);
        }
        if (!pendingSince.has(key) || resolved.has(key)) continue;
        if ((now.get(key) ?? -1n) > before) resolved.set(key, at);
        else if (handled.has(key)) resolved.set(key, handled.get(key)!);
      }
      first = false;
      const pending = [...pendingSince.keys()];
      if (
        Date.now() - killedAt >= observeMs &&
        pending.length &&
        pending.every((key) => resolved.has(key))
      ) {
        const from = (key: string) =>
          laggingAtKill.has(key) || pendingSince.get(key)! - killedAt <= earlyMs
            ? killedAt
            : pendingSince.get(key)!;
        const recoveryMs = Math.max(...pending.map((key) => resolved.get(key)! - from(key)));
        return {
          recoveryMs,
          partitions: pending.length,
          basis: laggingAtKill.size ? 'lag at kill' : 'work right after kill',
        };
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return { partitions: pendingSince.size, basis: pendingSince.size ? 'lag at kill' : 'no work' };
  }

  async disconnect(): Promise<void> {
    if (this.connected) await this.admin.disconnect().catch(() => undefined);
  }

  private async ends(groups: ConsumerGroup[]): Promise<Offsets> {
    const ends: Offsets = new Map();
    const byTopic = new Map<string, Array<{ partition: number; high: string }>>();
    for (const { group, topic } of groups) {
      if (!byTopic.has(topic)) byTopic.set(topic, await this.admin.fetchTopicOffsets(topic));
      for (const p of byTopic.get(topic)!)
        ends.set(`${group}|${topic}|${p.partition}`, BigInt(p.high));
    }
    return ends;
  }
}

/** Per group/topic/partition, when the service's inbox first recorded an event handled after `since`. */
async function firstHandledAfter(
  url: string,
  groups: ConsumerGroup[],
  since: number,
): Promise<Map<string, number>> {
  const client = new Client({ connectionString: url, application_name: 'fault-recovery-probe' });
  await client.connect();
  try {
    const { rows } = await client.query<{
      consumer: string;
      topic: string;
      partition: number;
      first: Date;
    }>(
      `SELECT consumer, topic, partition, min(processed_at) AS first FROM inbox_message
        WHERE processed_at > $1 AND consumer = ANY($2) GROUP BY consumer, topic, partition`,
      [new Date(since), groups.map((g) => g.group)],
    );
    return new Map(rows.map((r) => [`${r.consumer}|${r.topic}|${r.partition}`, r.first.getTime()]));
  } finally {
    await client.end();
  }
}

import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { expectedConsumers, kafkaGroupOf } from '../checker/expected-consumers';

/**
 * Waits until the platform has nothing left to do: no outbox row waiting to
 * be published (discarded ones aside) and every consumer group committed to
 * the end of every partition it reads, twice in a row.
 */
export async function awaitQuiescence(
  brokers: string[],
  prefix: string,
  databaseUrls: Record<string, string>,
  timeoutMs: number,
  log: (line: string) => void,
): Promise<void> {
  const admin = new Kafka({
    clientId: 'fault-quiescence',
    brokers,
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  const deadline = Date.now() + timeoutMs;
  let calm = 0;
  let last = '';
  try {
    while (calm < 2) {
      if (Date.now() > deadline) throw new Error(`the platform did not come to rest: ${last}`);
      try {
        let unpublished = 0;
        for (const url of Object.values(databaseUrls)) {
          const client = new Client({
            connectionString: url,
            application_name: 'fault-quiescence',
          });
          await client.connect();
          try {
            const { rows } = await client.query('SELECT count(*)::int AS n FROM outbox_pending');
            unpublished += rows[0].n;
          } finally {
            await client.end();
          }
        }
        let lag = 0n;
        const ends = new Map<string, Map<number, bigint>>();
        // Each service's one group, once per topic it reads.
        const groupTopics = new Set(
          expectedConsumers.flatMap((c) => c.topics.map((t) => `${kafkaGroupOf(c.service)}|${t}`)),
        );
        for (const [group, topic] of [...groupTopics].map((key) => key.split('|'))) {
          const broker = `${prefix}${topic}`;
          if (!ends.has(broker))
            ends.set(
              broker,
              new Map(
                (await admin.fetchTopicOffsets(broker)).map((o) => [o.partition, BigInt(o.high)]),
              ),
            );
          const [committed] = await admin.fetchOffsets({
            groupId: `${prefix}${group}`,
            topics: [broker],
          });
          for (const [partition, end] of ends.get(broker)!) {
            const at = BigInt(
              committed?.partitions.find((p) => p.partition === partition)?.offset ?? '-1',
            );
            lag += end - (at < 0n ? 0n : at);
          }
        }
        last = `${unpublished} outbox rows unpublished, consumer lag ${lag}`;
        calm = unpublished === 0 && lag === 0n ? calm + 1 : 0;
      } catch (error) {
        last = (error as Error).message;
        calm = 0;
      }
      if (calm < 2) await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
    log(`at rest: ${last}`);
  } finally {
    await admin.disconnect();
  }
}

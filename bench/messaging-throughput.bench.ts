/**
 * Throughput and latency of the event path every service relies on, against
 * the real PostgreSQL and Kafka: N business transactions each write a row and
 * an outbox event; the relay publishes; a consumer in another database applies
 * each event once through the inbox. Run with `npm run bench:messaging`
 * (after `npm run infra:up && source .infra/env.sh`); results in RESULTS.md.
 */
import { randomUUID } from 'node:crypto';
import { LeadQualified, Topics } from '@salesgraph/events';
import {
  EventSubscriber,
  Outbox,
  OutboxRelay,
  TopicNamespace,
  messagingEntities,
  messagingMigrations,
  on,
  silentLogger,
} from '@salesgraph/messaging';
import { createTestDatabase, testBroker, testTopicPrefix, waitFor } from '@salesgraph/testing';
import { DataSource } from 'typeorm';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 5_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
/** Events per second to write at; 0 writes as fast as possible (throughput mode). */
const RATE = Number(process.env.BENCH_RATE ?? 0);

async function dataSource(label: string) {
  const database = await createTestDatabase(label);
  const ds = new DataSource({
    type: 'postgres',
    url: database.url,
    entities: messagingEntities,
    migrations: messagingMigrations,
    extra: { max: CONCURRENCY + 4 },
  });
  await ds.initialize();
  await ds.runMigrations();
  return { ds, database };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
  const namespace = new TopicNamespace(testTopicPrefix('bench'));
  const broker = testBroker();
  const producer = broker.producer();
  await producer.connect();
  await broker.ensureTopics([{ topic: namespace.resolve(Topics.lead) }]);
  const source = await dataSource('bench_src');
  const sink = await dataSource('bench_sink');
  await source.ds.query('CREATE TABLE thing (id uuid PRIMARY KEY)');
  await sink.ds.query('CREATE TABLE seen (event_id uuid PRIMARY KEY)');

  const written = new Map<string, number>();
  const latencies: number[] = [];
  const subscriber = new EventSubscriber({
    groupId: 'bench.consumer',
    topics: [Topics.lead],
    handlers: [
      on(LeadQualified, async (event, { manager }) => {
        await manager.query('INSERT INTO seen (event_id) VALUES ($1)', [event.id]);
        const started = written.get(event.id);
        if (started) latencies.push(Date.now() - started);
      }),
    ],
    broker,
    dataSource: sink.ds,
    namespace,
    deadLetterProducer: producer,
    logger: silentLogger,
    serviceName: 'bench',
  });
  await subscriber.start();
  const relay = new OutboxRelay({
    dataSource: source.ds,
    producer,
    namespace,
    logger: silentLogger,
    lockName: 'bench',
    pollIntervalMs: 20,
  });
  relay.start();

  const outbox = new Outbox('salesgraph/bench');
  const started = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < EVENTS) {
        next += 1;
        if (RATE > 0) {
          const due = started + (next / RATE) * 1000;
          if (due > Date.now())
            await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
        }
        const id = randomUUID();
        await source.ds.transaction(async (manager) => {
          await manager.query('INSERT INTO thing (id) VALUES ($1)', [id]);
          const envelope = await outbox.append(
            manager,
            LeadQualified,
            { leadId: id, qualifiedAt: new Date().toISOString() },
            { correlationId: 'bench', actor: { type: 'system' } },
          );
          written.set(envelope.id, Date.now());
        });
      }
    }),
  );
  const writeMs = Date.now() - started;
  await waitFor(
    async () => Number((await sink.ds.query('SELECT count(*)::int AS n FROM seen'))[0].n) >= EVENTS,
    { timeoutMs: 600_000, intervalMs: 200, what: 'all events consumed' },
  );
  const totalMs = Date.now() - started;
  const rss = process.memoryUsage().rss;

  console.log(
    JSON.stringify(
      {
        events: EVENTS,
        writerConcurrency: CONCURRENCY,
        targetRate: RATE || 'unpaced',
        transactionsPerSecond: Math.round((EVENTS / writeMs) * 1000),
        endToEndEventsPerSecond: Math.round((EVENTS / totalMs) * 1000),
        latencyMs: {
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          max: Math.max(...latencies),
        },
        rssMiB: Math.round(rss / 1024 / 1024),
      },
      null,
      2,
    ),
  );

  await relay.stop();
  await subscriber.stop();
  await broker.disconnect();
  for (const { ds, database } of [source, sink]) {
    await ds.destroy();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

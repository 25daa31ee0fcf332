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
import {
  createTestDatabase,
  testBroker,
  testInfrastructure,
  testTopicPrefix,
  waitFor,
} from '@salesgraph/testing';
import { DataSource } from 'typeorm';
import type { BenchOptions } from '../lib/bench-options';
import { percentile, round } from '../lib/figures';

const WRITERS = 8;

// eslint-disable-next-line @typescript-eslint/no-require-imports -- infra's module, shared with infra/test.sh
const { deleteTopicsWithPrefix } = require('../../../infra/delete-test-topics.cjs') as {
  deleteTopicsWithPrefix(brokers: string[], prefix: string): Promise<number>;
};

export interface MessagingPhase {
  events: number;
  writers: number;
  /** Events per second the writers were paced to; 0 when unpaced (the saturation run). */
  targetRate: number;
  writeRate: number;
  endToEndRate: number;
  /** How the relay learnt of commits: LISTEN/NOTIFY with its safety poll, or polling alone. */
  relay: RelayMode;
  /** Events per second appended to Kafka, from the first commit to the last record. */
  publishRate: number;
  /** From the commit of the business transaction to the end of the consumer's transaction. */
  latencyMs: Latency;
  /** From the commit to the record's timestamp in Kafka (set by the relay's producer as it sends). */
  publishLatencyMs: Latency;
}

type Latency = { p50: number; p95: number; p99: number; max: number };

/** `notify`: woken by commits, as services run; `poll`: every 100 ms, as they ran before. */
export type RelayMode = 'notify' | 'poll';

export interface MessagingResult {
  paced: MessagingPhase;
  /** The same paced run with the relay polling every 100 ms: commit → published before and after. */
  pacedPolling?: MessagingPhase;
  saturation: MessagingPhase;
  rssMiB: number;
}

/**
 * The event path every service relies on, against the real PostgreSQL and
 * Kafka: N business transactions each write a row and an outbox event; the
 * relay publishes; a consumer in another database applies each event once
 * through the inbox. Once at a fixed rate (latency), once unpaced (the rate at
 * which the path saturates). Formerly bench/messaging-throughput.bench.ts.
 */
export async function messagingBenchmark(
  options: BenchOptions,
  say: (line: string) => void,
): Promise<MessagingResult> {
  const rate = Number(process.env.BENCH_RATE ?? 200);
  const pacedEvents = Number(process.env.BENCH_EVENTS ?? (options.reduced ? 100 : 2500));
  // The saturation run needs a backlog: twice the paced run.
  const unpacedEvents = pacedEvents * 2;
  say(`    ${pacedEvents} events at ${rate}/s, relay polling every 100 ms`);
  const pacedPolling = await messagingPhase(pacedEvents, rate, 'poll');
  say(`    ${pacedEvents} events at ${rate}/s, relay woken by commits`);
  const paced = await messagingPhase(pacedEvents, rate, 'notify');
  say(`    ${unpacedEvents} events unpaced`);
  const saturation = await messagingPhase(unpacedEvents, 0, 'notify');
  return {
    paced,
    pacedPolling,
    saturation,
    rssMiB: round(process.memoryUsage().rss / 1024 / 1024),
  };
}

async function dataSource(label: string) {
  const database = await createTestDatabase(label);
  const ds = new DataSource({
    type: 'postgres',
    url: database.url,
    entities: messagingEntities,
    migrations: messagingMigrations,
    extra: { max: WRITERS + 4 },
  });
  await ds.initialize();
  await ds.runMigrations();
  return { ds, database };
}

async function messagingPhase(
  events: number,
  rate: number,
  relayMode: RelayMode,
): Promise<MessagingPhase> {
  const prefix = testTopicPrefix('bench');
  const namespace = new TopicNamespace(prefix);
  const broker = testBroker();
  const producer = broker.producer();
  // Each phase's topics go with it: outside a test run nothing else deletes them, and a broker
  // full of old topics cost the platform's benchmarks up to a third of a core (see BENCHMARKS.md).
  const cleanup: Array<() => Promise<unknown>> = [
    () => broker.disconnect(),
    () => deleteTopicsWithPrefix(testInfrastructure().kafkaBrokers, prefix),
  ];
  try {
    await producer.connect();
    await broker.ensureTopics([{ topic: namespace.resolve(Topics.lead) }]);
    const source = await dataSource('bench_src');
    cleanup.unshift(() => source.ds.destroy().then(() => source.database.drop()));
    const sink = await dataSource('bench_sink');
    cleanup.unshift(() => sink.ds.destroy().then(() => sink.database.drop()));
    await source.ds.query('CREATE TABLE thing (id uuid PRIMARY KEY)');
    await sink.ds.query('CREATE TABLE seen (event_id uuid PRIMARY KEY)');

    const written = new Map<string, number>();
    // Wall-clock commit times, to compare with Kafka's record timestamps (same machine, same clock).
    const committed = new Map<string, number>();
    const latencies: number[] = [];
    const publishLatencies: number[] = [];
    let lastAppended = 0;
    const subscriber = new EventSubscriber({
      groupId: `${namespace.resolve('bench')}.consumer`,
      topics: [Topics.lead],
      handlers: [
        on(LeadQualified, async (event, { manager, message }) => {
          await manager.query('INSERT INTO seen (event_id) VALUES ($1)', [event.id]);
          const started = written.get(event.id);
          if (started) latencies.push(performance.now() - started);
          const commit = committed.get(event.id);
          const appended = Number(message.timestamp);
          if (commit) publishLatencies.push(Math.max(0, appended - commit));
          lastAppended = Math.max(lastAppended, appended);
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
    cleanup.unshift(() => subscriber.stop());
    const relay = new OutboxRelay({
      dataSource: source.ds,
      producer,
      namespace,
      logger: silentLogger,
      lockName: 'bench',
      // As services run it (the default safety poll), or as they ran before: polling every 100 ms.
      ...(relayMode === 'poll' ? { listen: false, pollIntervalMs: 100 } : {}),
    });
    relay.start();
    cleanup.unshift(() => relay.stop());

    const outbox = new Outbox('salesgraph/bench');
    const started = performance.now();
    const startedAt = Date.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: WRITERS }, async () => {
        while (next < events) {
          next += 1;
          if (rate > 0) {
            const due = started + (next / rate) * 1000;
            if (due > performance.now())
              await new Promise((resolve) => setTimeout(resolve, due - performance.now()));
          }
          const id = randomUUID();
          const eventId = await source.ds.transaction(async (manager) => {
            await manager.query('INSERT INTO thing (id) VALUES ($1)', [id]);
            const envelope = await outbox.append(
              manager,
              LeadQualified,
              { leadId: id, qualifiedAt: new Date().toISOString() },
              { correlationId: 'bench', actor: { type: 'system' } },
            );
            written.set(envelope.id, performance.now());
            return envelope.id;
          });
          committed.set(eventId, Date.now());
        }
      }),
    );
    const writeMs = performance.now() - started;
    await waitFor(
      async () =>
        Number((await sink.ds.query('SELECT count(*)::int AS n FROM seen'))[0].n) >= events,
      { timeoutMs: 600_000, intervalMs: 100, what: 'all events consumed' },
    );
    const totalMs = performance.now() - started;
    return {
      events,
      writers: WRITERS,
      targetRate: rate,
      relay: relayMode,
      writeRate: round((events / writeMs) * 1000),
      endToEndRate: round((events / totalMs) * 1000),
      publishRate: round((events / Math.max(1, lastAppended - startedAt)) * 1000),
      latencyMs: summary(latencies),
      publishLatencyMs: summary(publishLatencies),
    };
  } finally {
    for (const step of cleanup) await step().catch(() => undefined);
  }
}

function summary(values: number[]): Latency {
  values.sort((a, b) => a - b);
  return {
    p50: round(percentile(values, 50)),
    p95: round(percentile(values, 95)),
    p99: round(percentile(values, 99)),
    max: round(values[values.length - 1] ?? NaN),
  };
}

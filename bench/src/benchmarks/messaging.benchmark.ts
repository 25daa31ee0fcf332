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
import type { BenchOptions } from '../lib/bench-options';
import { percentile, round } from '../lib/percentile';

const WRITERS = 8;

export interface MessagingPhase {
  events: number;
  writers: number;
  /** Events per second the writers were paced to; 0 when unpaced (the saturation run). */
  targetRate: number;
  writeRate: number;
  endToEndRate: number;
  /** From the commit of the business transaction to the end of the consumer's transaction. */
  latencyMs: { p50: number; p95: number; p99: number; max: number };
}

export interface MessagingResult {
  paced: MessagingPhase;
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
  say(`    ${pacedEvents} events at ${rate}/s`);
  const paced = await messagingPhase(pacedEvents, rate);
  say(`    ${unpacedEvents} events unpaced`);
  const saturation = await messagingPhase(unpacedEvents, 0);
  return { paced, saturation, rssMiB: round(process.memoryUsage().rss / 1024 / 1024) };
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

async function messagingPhase(events: number, rate: number): Promise<MessagingPhase> {
  const namespace = new TopicNamespace(testTopicPrefix('bench'));
  const broker = testBroker();
  const producer = broker.producer();
  const cleanup: Array<() => Promise<unknown>> = [() => broker.disconnect()];
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
    const latencies: number[] = [];
    const subscriber = new EventSubscriber({
      groupId: `${namespace.resolve('bench')}.consumer`,
      topics: [Topics.lead],
      handlers: [
        on(LeadQualified, async (event, { manager }) => {
          await manager.query('INSERT INTO seen (event_id) VALUES ($1)', [event.id]);
          const started = written.get(event.id);
          if (started) latencies.push(performance.now() - started);
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
      pollIntervalMs: 20,
    });
    relay.start();
    cleanup.unshift(() => relay.stop());

    const outbox = new Outbox('salesgraph/bench');
    const started = performance.now();
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
          await source.ds.transaction(async (manager) => {
            await manager.query('INSERT INTO thing (id) VALUES ($1)', [id]);
            const envelope = await outbox.append(
              manager,
              LeadQualified,
              { leadId: id, qualifiedAt: new Date().toISOString() },
              { correlationId: 'bench', actor: { type: 'system' } },
            );
            written.set(envelope.id, performance.now());
          });
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
    latencies.sort((a, b) => a - b);
    return {
      events,
      writers: WRITERS,
      targetRate: rate,
      writeRate: round((events / writeMs) * 1000),
      endToEndRate: round((events / totalMs) * 1000),
      latencyMs: {
        p50: round(percentile(latencies, 50)),
        p95: round(percentile(latencies, 95)),
        p99: round(percentile(latencies, 99)),
        max: round(latencies[latencies.length - 1] ?? NaN),
      },
    };
  } finally {
    for (const step of cleanup) await step().catch(() => undefined);
  }
}

import { Gauge, type Registry } from 'prom-client';
import { Probe } from './probe';

export interface OutboxState {
  /** Rows waiting for the relay (neither parked nor discarded). */
  pending: number;
  /** Seconds since the oldest waiting row was written; 0 when none waits. */
  oldestAgeSeconds: number;
  /** Rows the broker kept refusing, waiting for an admin. */
  parked: number;
}

export interface PartitionLag {
  group: string;
  topic: string;
  partition: number;
  lag: number;
}

export interface PoolState {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

type Reader<T> = () => Promise<T>;

/**
 * Gauges read when Prometheus scrapes: the outbox, consumer lag, dead-letter
 * topics, the database pool. Each source is a probe the process registers
 * (`watch*`); a source that fails or is slow leaves its series out of that
 * scrape (NaN for the outbox's unlabelled ones) and sets
 * salesgraph_probe_up{probe} to 0.
 */
export class StateMetrics {
  private readonly probes: Probe<unknown>[] = [];

  constructor(
    private readonly registry: Registry,
    private readonly onError: (probe: string, error: unknown) => void,
  ) {
    const probes = this.probes;
    new Gauge({
      name: 'salesgraph_probe_up',
      help: 'Whether the last reading of a scrape-time source (outbox, consumer_lag, dead_letter_topics, database_pool) succeeded.',
      labelNames: ['probe'],
      registers: [registry],
      async collect() {
        this.reset();
        // Read every probe first: its outcome is known only after the reading.
        await Promise.all(probes.map((p) => p.value()));
        for (const probe of probes) this.set({ probe: probe.name }, probe.ok ? 1 : 0);
      },
    });
  }

  watchOutbox(read: Reader<OutboxState>): void {
    const probe = this.probe('outbox', read);
    const gauge = (name: string, help: string, pick: (s: OutboxState) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        async collect() {
          // Unknown, not 0, when the reading failed: an unlabelled gauge always has a value.
          const state = await probe.value();
          this.set(state ? pick(state) : Number.NaN);
        },
      });
    gauge('salesgraph_outbox_backlog', 'Outbox rows waiting to be published.', (s) => s.pending);
    gauge(
      'salesgraph_outbox_oldest_unpublished_age_seconds',
      'Age of the oldest outbox row waiting to be published; 0 when none waits.',
      (s) => s.oldestAgeSeconds,
    );
    gauge(
      'salesgraph_outbox_parked_rows',
      'Outbox rows parked after the broker kept refusing them; each waits for an admin, with its aggregate.',
      (s) => s.parked,
    );
  }

  watchConsumerLag(read: Reader<PartitionLag[]>): void {
    const probe = this.probe('consumer_lag', read);
    new Gauge({
      name: 'salesgraph_kafka_consumer_lag',
      help: 'Messages in a partition that the consumer group has not committed yet.',
      labelNames: ['group', 'topic', 'partition'],
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const p of (await probe.value()) ?? [])
          this.set({ group: p.group, topic: p.topic, partition: String(p.partition) }, p.lag);
      },
    });
  }

  watchDeadLetterTopics(read: Reader<Array<{ topic: string; messages: number }>>): void {
    const probe = this.probe('dead_letter_topics', read);
    new Gauge({
      name: 'salesgraph_dead_letter_topic_messages',
      help: 'Messages retained in a dead-letter topic this process writes to (all of it, from every process).',
      labelNames: ['topic'],
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const t of (await probe.value()) ?? []) this.set({ topic: t.topic }, t.messages);
      },
    });
  }

  watchDatabasePool(read: Reader<PoolState>): void {
    const probe = this.probe('database_pool', read);
    new Gauge({
      name: 'salesgraph_db_pool_connections',
      help: 'Database pool connections by state: open (total), idle, waiting (requests queued for a connection), max.',
      labelNames: ['state'],
      registers: [this.registry],
      async collect() {
        this.reset();
        const pool = await probe.value();
        if (!pool) return;
        this.set({ state: 'open' }, pool.total);
        this.set({ state: 'idle' }, pool.idle);
        this.set({ state: 'in_use' }, pool.total - pool.idle);
        this.set({ state: 'waiting' }, pool.waiting);
        this.set({ state: 'max' }, pool.max);
      },
    });
  }

  private probe<T>(name: string, read: Reader<T>): Probe<T> {
    const probe = new Probe(name, read, this.onError);
    this.probes.push(probe as Probe<unknown>);
    return probe;
  }
}

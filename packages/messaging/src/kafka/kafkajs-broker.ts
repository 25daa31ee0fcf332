import {
  ConfigResourceTypes,
  type Admin,
  type Consumer,
  type EachBatchPayload,
  type KafkaMessage,
  type Producer,
} from './kafkajs';
import { backoffDelay } from '../consumer/backoff';
import type { Logger } from '../logger';
import { consumerLagOf, messageCountsOf } from './consumer-offsets';
import { OffsetCommits } from './offset-commits';
import { newKafkaClient } from './kafkajs-client';
import { KeyPartitioner } from './key-partitioner';
import { FetchSpacing } from './fetch-spacing';
import { SliceMerger } from './slice-merger';
import type {
  ConsumerHealth,
  ConsumerRunOptions,
  IncomingMessage,
  MessageBroker,
  MessageConsumer,
  MessageHeaders,
  MessageProducer,
  OutgoingMessage,
  TopicMessages,
  TopicSpec,
} from './message';

export interface KafkaBrokerOptions {
  clientId: string;
  brokers: string[];
  logger: Logger;
  /** Partitions of topics this process creates; 1 replica suits a single local broker. */
  defaultPartitions?: number;
  defaultReplicationFactor?: number;
  /**
   * How long the group waits for a silent member before giving its partitions
   * to others (default 6 s, the broker's minimum): after a kill -9 the
   * partitions are consumed again within this, plus a rebalance.
   */
  consumerSessionTimeoutMs?: number;
  /**
   * kafkajs heartbeats only between two fetches, so a heartbeat goes out at
   * most once per fetch wait (default 2 s, a third of the session: a stall of
   * up to 4 s does not cost the member its partitions).
   */
  consumerHeartbeatIntervalMs?: number;
  /**
   * How long a fetch waits on the broker when there is nothing to read
   * (default 2 s). A fetch returns as soon as a message arrives, so delivery is
   * not slower; the wait sets how often an idle consumer asks (each consumer a
   * request per wait, plus a heartbeat), how soon it learns of a rebalance, and
   * how long disconnecting waits for the fetch in flight.
   */
  consumerMaxWaitMs?: number;
  /**
   * How long handled offsets may wait before they are committed (default
   * 1 s; see OffsetCommits): at most this much is read again after a crash.
   */
  consumerCommitIntervalMs?: number;
  /**
   * While messages keep coming, a consumer's fetches at least this far apart
   * (default 0: each fetch as soon as the last one's batches are handled): see
   * FetchSpacing. Each message is handled later by up to this much.
   */
  consumerMinFetchIntervalMs?: number;
  /**
   * How many partitions' batches a consumer handles at once (default 1). Each
   * partition stays in order; batches of different partitions run side by
   * side, each in its own transaction, so one batch's database round trips
   * overlap another's work. Handlers must then bear what two instances of the
   * service would do to each other (issue 17: the lead intake does).
   */
  consumerPartitionsInParallel?: number;
}

/** The platform's MessageBroker on kafkajs. */
export function createKafkaBroker(options: KafkaBrokerOptions): MessageBroker {
  const kafka = newKafkaClient(options);

  // The connecting admin, shared: callers that arrive while it connects wait for the same
  // connection (handing them the admin before connect() ended failed with "Broker not connected").
  let admin: Promise<Admin> | undefined;
  const open: Array<{ disconnect(): Promise<void> }> = [];

  function getAdmin(): Promise<Admin> {
    if (!admin) {
      const client = kafka.admin();
      admin = client.connect().then(
        () => client,
        (error: unknown) => {
          admin = undefined; // the next caller tries again
          throw error;
        },
      );
    }
    return admin;
  }

  return {
    producer() {
      const producer = new KafkajsProducer(() =>
        kafka.producer({
          // Idempotent, one request in flight and acks from all in-sync replicas:
          // no duplicates from producer retries, and per-partition order holds.
          idempotent: true,
          maxInFlightRequests: 1,
          createPartitioner: KeyPartitioner,
          allowAutoTopicCreation: false,
        }),
      );
      open.push(producer);
      return producer;
    },
    consumer(groupId: string) {
      const consumer = new KafkajsConsumer(
        kafka.consumer({
          groupId,
          sessionTimeout: options.consumerSessionTimeoutMs ?? 6_000,
          heartbeatInterval: options.consumerHeartbeatIntervalMs ?? 2_000,
          allowAutoTopicCreation: false,
          // Not kafkajs' 5 s: disconnecting waits for the fetch in flight, and
          // kafkajs' 1 s made every idle consumer ask twice a second (fetch and heartbeat).
          maxWaitTimeInMs: options.consumerMaxWaitMs ?? 2_000,
        }),
        options.logger.child?.({ consumer: groupId }) ?? options.logger,
        {
          commitIntervalMs: options.consumerCommitIntervalMs,
          partitionsInParallel: options.consumerPartitionsInParallel,
          minFetchIntervalMs: options.consumerMinFetchIntervalMs,
        },
      );
      open.push(consumer);
      return consumer;
    },
    async ensureTopics(topics: TopicSpec[]) {
      const client = await getAdmin();
      const existing = new Set(await client.listTopics());
      const missing = topics.filter((t) => !existing.has(t.topic));
      if (missing.length > 0) {
        // Not kafkajs' waitForLeaders: it gives up on UNKNOWN_TOPIC_OR_PARTITION,
        // which a KRaft broker answers while a new topic's metadata propagates.
        await client.createTopics({
          waitForLeaders: false,
          topics: missing.map((t) => ({
            topic: t.topic,
            numPartitions: t.partitions ?? options.defaultPartitions ?? 3,
            replicationFactor: t.replicationFactor ?? options.defaultReplicationFactor ?? 1,
            configEntries: retentionEntries(t),
          })),
        });
      }
      await ensureRetention(
        client,
        topics.filter((t) => existing.has(t.topic)),
      );
      await waitForLeaders(
        client,
        topics.map((t) => t.topic),
      );
    },
    async ping() {
      const client = await getAdmin();
      await client.describeCluster();
    },
    async consumerLag(groupId: string, topics: string[]) {
      return consumerLagOf(await getAdmin(), groupId, topics);
    },
    async committedOffsets(groupId: string, topics: string[]) {
      const client = await getAdmin();
      // A group's coordinator may still be loading (a fresh broker, a new group): kafkajs'
      // admin gives up on NOT_COORDINATOR after a few quick tries.
      const committed = await whileRetriable(() => client.fetchOffsets({ groupId, topics }));
      return committed.flatMap(({ topic, partitions }) =>
        partitions.map(({ partition, offset }) => ({ topic, partition, offset })),
      );
    },
    async messageCounts(topics: string[]) {
      return messageCountsOf(await getAdmin(), topics);
    },
    async disconnect() {
      await Promise.allSettled(open.map((c) => c.disconnect()));
      const connecting = admin;
      admin = undefined;
      if (connecting) await (await connecting.catch(() => undefined))?.disconnect();
    },
  };
}

class KafkajsProducer implements MessageProducer {
  private connected = false;
  private producer: Producer;

  constructor(private readonly create: () => Producer) {
    this.producer = create();
  }

  /**
   * A new idempotent session: after the broker refused a message, kafkajs'
   * sequence numbers for that partition no longer match the broker's, and every
   * later send would fail with OUT_OF_ORDER_SEQUENCE_NUMBER.
   */
  async reset() {
    const old = this.producer;
    this.producer = this.create();
    if (this.connected) {
      this.connected = false;
      await old.disconnect().catch(() => undefined);
    }
  }

  async connect() {
    if (this.connected) return;
    await this.producer.connect();
    this.connected = true;
  }

  async send(topic: string, messages: OutgoingMessage[]) {
    await this.sendMany([{ topic, messages }]);
  }

  async sendMany(batches: readonly TopicMessages[]) {
    const topicMessages = batches
      .filter((b) => b.messages.length > 0)
      .map(({ topic, messages }) => ({
        topic,
        messages: messages.map((m) => ({ key: m.key, value: m.value, headers: m.headers })),
      }));
    if (topicMessages.length === 0) return;
    await this.connect();
    await this.producer.sendBatch({ acks: -1, topicMessages });
  }

  async disconnect() {
    if (!this.connected) return;
    this.connected = false;
    await this.producer.disconnect();
  }
}

/**
 * A kafkajs consumer that does not stay down. kafkajs restarts itself after a
 * crash it deems retriable; after any other (seen when a broker restarts:
 * "Failed to find group coordinator" once the coordinator kept loading too
 * long) it stays stopped for good, and its partitions are never read again.
 * Here such a crash is followed by a new start, with backoff, for as long as
 * the consumer is meant to run; readiness says "crashed ... (starting again)"
 * meanwhile.
 */
export class KafkajsConsumer implements MessageConsumer {
  private connected = false;
  private state: ConsumerHealth = { ok: false, reason: 'not started' };
  private runConfig?: Parameters<Consumer['run']>[0];
  private restartTimer?: NodeJS.Timeout;
  private restarts = 0;
  private readonly commits: OffsetCommits;
  private readonly maxRestartDelayMs: number;
  private readonly partitionsInParallel: number;
  private readonly spacing: FetchSpacing;

  constructor(
    private readonly consumer: Consumer,
    private readonly logger?: Logger,
    options: {
      maxRestartDelayMs?: number;
      commitIntervalMs?: number;
      partitionsInParallel?: number;
      minFetchIntervalMs?: number;
    } = {},
  ) {
    this.maxRestartDelayMs = options.maxRestartDelayMs ?? 30_000;
    this.partitionsInParallel = options.partitionsInParallel ?? 1;
    this.spacing = new FetchSpacing(options.minFetchIntervalMs ?? 0);
    this.commits = new OffsetCommits(options.commitIntervalMs ?? 1_000, logger);
    const { events } = consumer;
    consumer.on(events.FETCH, () => this.spacing.fetched());
    consumer.on(events.GROUP_JOIN, () => {
      this.state = { ok: true };
      this.restarts = 0;
    });
    consumer.on(events.CRASH, ({ payload }) => {
      const reason = `crashed: ${payload.error?.message ?? payload.error}`;
      if (payload.restart) this.state = { ok: false, reason: `${reason} (restarting)` };
      else if (this.connected) this.startAgainLater(reason);
      else this.state = { ok: false, reason };
    });
    consumer.on(events.STOP, () => {
      if (this.state.ok || this.state.reason === 'not started')
        this.state = { ok: false, reason: 'stopped' };
    });
  }

  health(): ConsumerHealth {
    return this.state;
  }

  async connect() {
    if (this.connected) return;
    await this.consumer.connect();
    this.connected = true;
  }

  async run(options: ConsumerRunOptions) {
    await this.connect();
    await this.consumer.subscribe({ topics: options.topics, fromBeginning: options.fromBeginning });
    const { handle, handleBatch, maxBatchSize } = options;
    const [size, handler]: [number, BatchHandler] = handleBatch
      ? [maxBatchSize ?? 500, handleBatch]
      : [1, ([message], control) => handle(message, control)];
    // Partitions side by side: the slices of one fetch that fit together go in one call.
    const handling =
      handleBatch && this.partitionsInParallel > 1
        ? new SliceMerger(handler, size).handle
        : handler;
    this.runConfig = {
      // Committed by OffsetCommits, not after every batch.
      autoCommit: false,
      // The offsets kafkajs hands to a commit are the whole group's, whichever batch asks.
      partitionsConsumedConcurrently: this.partitionsInParallel,
      // Offsets are resolved by hand, a slice at a time, once its transaction committed.
      eachBatchAutoResolve: false,
      eachBatch: async (payload) => {
        await handleInSlices(payload, size, handling, this.commits);
        await this.spacing.beforeNextFetch(payload.isRunning);
      },
    };
    await this.consumer.run(this.runConfig);
  }

  async disconnect() {
    clearTimeout(this.restartTimer);
    if (!this.connected) return;
    this.connected = false;
    // What was handled while idle; a slice in flight commits its own once it ends.
    await this.commits.flush();
    await this.consumer.disconnect();
    this.commits.cancel();
  }

  private startAgainLater(reason: string): void {
    const delay = backoffDelay(
      { initialDelayMs: 1_000, maxDelayMs: this.maxRestartDelayMs, jitter: false },
      this.restarts + 1,
    );
    this.restarts += 1;
    this.state = { ok: false, reason: `${reason} (starting again in ${delay} ms)` };
    this.logger?.error(
      { reason, delay, restarts: this.restarts },
      'consumer crashed and kafkajs gave up on it: starting it again',
    );
    clearTimeout(this.restartTimer);
    this.restartTimer = setTimeout(() => void this.startAgain(), delay);
  }

  private async startAgain(): Promise<void> {
    if (!this.connected || !this.runConfig) return;
    try {
      // The crash disconnected it; the subscriptions are kept.
      await this.consumer.connect();
      await this.consumer.run(this.runConfig);
    } catch (error) {
      if (this.connected) this.startAgainLater(String((error as Error).message ?? error));
    }
  }
}

function incomingOf(topic: string, partition: number, message: KafkaMessage): IncomingMessage {
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key ? message.key.toString('utf8') : null,
    value: message.value,
    headers: decodeHeaders(message.headers),
    timestamp: message.timestamp,
  };
}

type BatchHandler = NonNullable<ConsumerRunOptions['handleBatch']>;

/**
 * What one fetch returned from one partition, handed on in slices: each
 * slice's offsets are resolved only after its handler resolved (its
 * transaction committed), then committed with the next interval's commit,
 * and the group hears a heartbeat between slices. A rebalance, a stop or a
 * failure ends the loop and commits what was handled; what was not is read
 * again by the partition's next owner.
 */
async function handleInSlices(
  payload: EachBatchPayload,
  size: number,
  handle: BatchHandler,
  commits: OffsetCommits,
): Promise<void> {
  const { batch, resolveOffset, commitOffsetsIfNecessary, uncommittedOffsets } = payload;
  const { isRunning, isStale } = payload;
  // Read when the commit goes out: a rejoined group has dropped what it had resolved.
  const commit = () => commitOffsetsIfNecessary(uncommittedOffsets());
  const heartbeat = async () => {
    try {
      await payload.heartbeat();
    } catch (error) {
      // Rebalancing: the group still takes this generation's commits.
      await commits.flush();
      throw error;
    }
  };
  const messages = batch.messages.map((m) => incomingOf(batch.topic, batch.partition, m));
  try {
    for (let from = 0; from < messages.length; from += size) {
      if (!isRunning() || isStale()) break;
      const slice = messages.slice(from, from + size);
      await handle(slice, { heartbeat });
      resolveOffset(slice[slice.length - 1].offset);
      commits.handled(commit);
      await heartbeat();
    }
  } catch (error) {
    await commits.flush();
    throw error;
  }
  if (!isRunning()) await commits.flush();
}

function decodeHeaders(
  headers: Record<string, Buffer | string | (Buffer | string)[] | undefined> | undefined,
): MessageHeaders {
  const result: MessageHeaders = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value == null) continue;
    const first = Array.isArray(value) ? value[0] : value;
    if (first != null) result[name] = first.toString();
  }
  return result;
}

/** Runs `attempt` again while it fails with an error Kafka calls retriable, up to `timeoutMs`. */
async function whileRetriable<T>(attempt: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error as { retriable?: boolean }).retriable || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(100 * tries, 1_000)));
    }
  }
}

/** Waits until every partition of the topics has a leader, retrying while the metadata catches up. */
async function waitForLeaders(admin: Admin, topics: string[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const { topics: metadata } = await admin.fetchTopicMetadata({ topics });
      const ready = metadata.every(
        (t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0),
      );
      if (ready) return;
    } catch (error) {
      const retriable =
        (error as { retriable?: boolean; type?: string }).retriable ||
        (error as { type?: string }).type === 'UNKNOWN_TOPIC_OR_PARTITION';
      if (!retriable) throw error;
    }
    if (Date.now() > deadline)
      throw new Error(`topics ${topics.join(', ')} have no leader after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function retentionEntries(spec: TopicSpec): Array<{ name: string; value: string }> {
  const entries = [
    { name: 'retention.ms', value: String(spec.retentionMs ?? -1) },
    { name: 'retention.bytes', value: '-1' },
  ];
  if (spec.compacted)
    entries.push(
      { name: 'cleanup.policy', value: 'compact' },
      // Roll segments within a second and clean as soon as anything is dirty: an erased
      // key leaves the log at the cleaner's next pass (log.cleaner.backoff.ms, 15 s by default).
      { name: 'segment.ms', value: '1000' },
      { name: 'min.cleanable.dirty.ratio', value: '0.01' },
      { name: 'max.compaction.lag.ms', value: '1000' },
      // A tombstone holds a person's id only; kept, it tells a replay that the person was erased.
      { name: 'delete.retention.ms', value: String(100 * 365 * 24 * 3600 * 1000) },
    );
  return entries;
}

/**
 * Topics made before retention was explicit kept the broker's default (7 days
 * on a stock broker): set it on them too. AlterConfigs replaces a topic's
 * whole override set, so the overrides an operator made are carried over.
 */
async function ensureRetention(admin: Admin, topics: TopicSpec[]): Promise<void> {
  if (topics.length === 0) return;
  const { resources } = await admin.describeConfigs({
    includeSynonyms: false,
    resources: topics.map((t) => ({ type: ConfigResourceTypes.TOPIC, name: t.topic })),
  });
  const changes = resources.flatMap((resource) => {
    const spec = topics.find((t) => t.topic === resource.resourceName);
    if (!spec) return [];
    const wanted = retentionEntries(spec);
    const current = new Map(resource.configEntries.map((e) => [e.configName, e]));
    if (wanted.every((w) => current.get(w.name)?.configValue === w.value)) return [];
    const overrides = resource.configEntries
      .filter((e) => !e.isDefault && !e.readOnly && !wanted.some((w) => w.name === e.configName))
      .map((e) => ({ name: e.configName, value: e.configValue }));
    return [
      {
        type: ConfigResourceTypes.TOPIC,
        name: spec.topic,
        configEntries: [...overrides, ...wanted],
      },
    ];
  });
  if (changes.length) await admin.alterConfigs({ validateOnly: false, resources: changes });
}

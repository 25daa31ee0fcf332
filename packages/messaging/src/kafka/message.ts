/**
 * Messages as the rest of the code base sees them: no kafkajs types leak out
 * of the kafka/ folder, so the client library can be swapped.
 */
export type MessageHeaders = Record<string, string>;

export interface OutgoingMessage {
  key: string;
  /** `null`: a tombstone (on a compacted topic, it removes the key's earlier messages). */
  value: string | Buffer | null;
  headers?: MessageHeaders;
}

export interface IncomingMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer | null;
  headers: MessageHeaders;
  timestamp: string;
}

/** One topic's messages within a request that carries several. */
export interface TopicMessages {
  topic: string;
  messages: OutgoingMessage[];
}

export interface MessageProducer {
  connect(): Promise<void>;
  /** Sends messages in order; resolves once every one is acknowledged by all in-sync replicas. */
  send(topic: string, messages: OutgoingMessage[]): Promise<void>;
  /**
   * Several topics' messages in one produce request per broker, each topic's in order; resolves
   * once every one is acknowledged. Should it fail, some topics' messages may have been written.
   */
  sendMany(batches: readonly TopicMessages[]): Promise<void>;
  /** Starts a new producer session after a failed send (sequence numbers out of step); optional. */
  reset?(): Promise<void>;
  disconnect(): Promise<void>;
}

/** What a handler may do while it holds a message. */
export interface MessageControl {
  /**
   * Tells the group this member is alive (sent at most once per heartbeat
   * interval). A handler that waits (retries) calls it so that it keeps its
   * partitions; it throws when the group is rebalancing, and the handler
   * should then give the message up uncommitted.
   */
  heartbeat(): Promise<void>;
}

export interface ConsumerRunOptions {
  topics: string[];
  fromBeginning: boolean;
  /**
   * Called once per message, one at a time per partition; the offset counts
   * as consumed when it resolves, and is committed within a second (an
   * offset handled but not yet committed when the consumer dies is read
   * again: handlers are idempotent, through the inbox).
   */
  handle: (message: IncomingMessage, control: MessageControl) => Promise<void>;
  /**
   * When given, called instead of `handle` with what one fetch returned from
   * one partition, in order and in slices of at most `maxBatchSize`; with
   * partitions in parallel, the slices of one topic's partitions that one fetch
   * returned and that fit in `maxBatchSize` together, each partition's in order
   * (SliceMerger). A call holds one topic. The slices' offsets count as consumed
   * when it resolves (each message handled), never before, and are committed as
   * `handle`'s are.
   */
  handleBatch?: (messages: IncomingMessage[], control: MessageControl) => Promise<void>;
  /** The most messages handed to `handleBatch` at once; 500. */
  maxBatchSize?: number;
}

/** Whether a consumer is consuming, and if not, why. */
export interface ConsumerHealth {
  ok: boolean;
  reason?: string;
}

export interface MessageConsumer {
  connect(): Promise<void>;
  run(options: ConsumerRunOptions): Promise<void>;
  health(): ConsumerHealth;
  disconnect(): Promise<void>;
}

export interface TopicSpec {
  topic: string;
  partitions?: number;
  replicationFactor?: number;
  /**
   * How long the broker keeps messages; -1 (the default) keeps them for ever,
   * because replays and new consumer groups read event topics from the start.
   */
  retentionMs?: number;
  /**
   * A compacted topic (only the latest message per key is kept, and a
   * tombstone removes it): cleaned within seconds, tombstones kept for ever
   * (they hold nothing but a key). The privacy.subject-keys topic is one.
   */
  compacted?: boolean;
}

/** One client per process (kafkajs' advice), from which producers and consumers are made. */
export interface MessageBroker {
  producer(): MessageProducer;
  consumer(groupId: string): MessageConsumer;
  ensureTopics(topics: TopicSpec[]): Promise<void>;
  /** Answers when the cluster answers a metadata request; used by readiness checks. */
  ping(): Promise<void>;
  /** How far a consumer group is behind on each partition of its topics; for metrics. */
  consumerLag?(
    groupId: string,
    topics: string[],
  ): Promise<Array<{ group: string; topic: string; partition: number; lag: number }>>;
  /**
   * The offsets a consumer group has committed on each partition of the topics
   * ("-1" where it has none); SharedConsumer reads its lanes' former groups.
   */
  committedOffsets?(
    groupId: string,
    topics: string[],
  ): Promise<Array<{ topic: string; partition: number; offset: string }>>;
  /** Messages retained in each topic (e.g. the dead-letter topics); for metrics. */
  messageCounts?(topics: string[]): Promise<Array<{ topic: string; messages: number }>>;
  disconnect(): Promise<void>;
}

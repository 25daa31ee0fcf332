/**
 * Messages as the rest of the code base sees them: no kafkajs types leak out
 * of the kafka/ folder, so the client library can be swapped.
 */
export type MessageHeaders = Record<string, string>;

export interface OutgoingMessage {
  key: string;
  value: string | Buffer;
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

export interface MessageProducer {
  connect(): Promise<void>;
  /** Sends messages in order; resolves once every one is acknowledged by all in-sync replicas. */
  send(topic: string, messages: OutgoingMessage[]): Promise<void>;
  disconnect(): Promise<void>;
}

export interface ConsumerRunOptions {
  topics: string[];
  fromBeginning: boolean;
  /** Called once per message, one at a time per partition; the offset is committed when it resolves. */
  handle: (message: IncomingMessage) => Promise<void>;
}

export interface MessageConsumer {
  connect(): Promise<void>;
  run(options: ConsumerRunOptions): Promise<void>;
  disconnect(): Promise<void>;
}

export interface TopicSpec {
  topic: string;
  partitions?: number;
  replicationFactor?: number;
}

/** One client per process (kafkajs' advice), from which producers and consumers are made. */
export interface MessageBroker {
  producer(): MessageProducer;
  consumer(groupId: string): MessageConsumer;
  ensureTopics(topics: TopicSpec[]): Promise<void>;
  /** Answers when the cluster answers a metadata request; used by readiness checks. */
  ping(): Promise<void>;
  disconnect(): Promise<void>;
}

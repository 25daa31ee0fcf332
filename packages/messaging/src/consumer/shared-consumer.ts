import type {
  ConsumerHealth,
  ConsumerRunOptions,
  IncomingMessage,
  MessageBroker,
  MessageConsumer,
  MessageControl,
} from '../kafka/message';
import type { Logger } from '../logger';

/** The Kafka consumer group of all a service's subscribers, e.g. "account.consumers". */
export function sharedGroupOf(serviceName: string): string {
  return `${serviceName}.consumers`;
}

/** What one subscriber asked of its consumer, and where it had got to before it shared one. */
interface Lane {
  name: string;
  run: ConsumerRunOptions;
  topics: Set<string>;
  /** Per "topic:partition": the first offset it has not handled, as committed by its former group. */
  floors: Map<string, bigint>;
}

/** Thrown into the batch in flight when the service stops: its unhandled rest stays uncommitted. */
class StoppingError extends Error {
  constructor() {
    super('consumer stopping: the rest of the batch is left for the next owner');
  }
}

/**
 * One Kafka consumer for all of a service's subscribers. Each subscriber (a
 * lane, with its own inbox name, handlers and dead-letter routing) is handed
 * the messages of its topics; a fetch answers for every topic at once and one
 * heartbeat keeps the member in its group. A consumer per subscriber cost
 * every idle service a fetch and a heartbeat per subscriber every 2 s, which
 * with kafkajs' decoding and garbage was about half of its CPU at rest.
 *
 * Lanes are handed a partition's messages one after another, in order; a
 * message's offset counts as consumed once every lane of its topic handled
 * it. The price of sharing: a lane that waits (retrying a failing handler,
 * waiting for a person's key) holds up the others until it is done, as a
 * subscriber of several topics always did.
 *
 * Moving from a group per subscriber: each lane is named after the group it
 * had, and that group's committed offsets are its floors, below which it is
 * handed nothing - it handled those already. The shared group starts from the
 * beginning of each topic (the lanes' `fromBeginning`), so a service that
 * took this version reads its topics once more, skipping what its lanes had.
 */
export class SharedConsumer {
  private readonly lanes: Lane[] = [];
  private started = false;
  private stopping = false;
  /** Settles when the one consumer has started (or failed to), which every lane's start waits for. */
  private readonly running: Promise<void>;
  private settle!: { resolve: () => void; reject: (error: unknown) => void };

  constructor(
    private readonly options: {
      consumer: MessageConsumer;
      broker: MessageBroker;
      /** How many lanes will register: the consumer starts when the last one has. */
      lanes: number;
      logger?: Logger;
    },
  ) {
    this.running = new Promise<void>((resolve, reject) => (this.settle = { resolve, reject }));
    this.running.catch(() => undefined); // each lane's start reports it
  }

  /** A MessageConsumer for one subscriber; `name` is its former consumer group (resolved). */
  lane(name: string): MessageConsumer {
    return {
      connect: async () => undefined,
      run: (run) => this.register(name, run),
      health: () => this.health(),
      disconnect: () => this.disconnect(),
    };
  }

  health(): ConsumerHealth {
    if (!this.started) return { ok: false, reason: 'not started' };
    return this.options.consumer.health();
  }

  async disconnect(): Promise<void> {
    this.stopping = true;
    await this.options.consumer.disconnect();
  }

  private async register(name: string, run: ConsumerRunOptions): Promise<void> {
    let floors: Map<string, bigint>;
    try {
      floors = await this.floorsOf(name, run.topics);
    } catch (error) {
      this.settle.reject(error); // the consumer will not start: no lane waits for it
      throw error;
    }
    this.lanes.push({ name, run, topics: new Set(run.topics), floors });
    if (this.lanes.length === this.options.lanes) {
      this.started = true;
      this.start().then(this.settle.resolve, this.settle.reject);
    }
    await this.running;
  }

  private start(): Promise<void> {
    const topics = [...new Set(this.lanes.flatMap((lane) => lane.run.topics))];
    const maxBatchSize = Math.max(...this.lanes.map((lane) => lane.run.maxBatchSize ?? 500));
    return this.options.consumer.run({
      topics,
      fromBeginning: this.lanes.some((lane) => lane.run.fromBeginning),
      handle: (message, control) => this.dispatch([message], control),
      handleBatch: (messages, control) => this.dispatch(messages, control),
      maxBatchSize,
    });
  }

  /** The offsets the lane's former group had committed: what it has handled already. */
  private async floorsOf(name: string, topics: string[]): Promise<Map<string, bigint>> {
    const floors = new Map<string, bigint>();
    if (!this.options.broker.committedOffsets) return floors;
    for (const { topic, partition, offset } of await this.options.broker.committedOffsets(
      name,
      topics,
    )) {
      if (BigInt(offset) > 0n) floors.set(`${topic}:${partition}`, BigInt(offset));
    }
    if (floors.size > 0)
      this.options.logger?.info(
        { lane: name, partitions: floors.size },
        'lane skips what its former consumer group had handled',
      );
    return floors;
  }

  /**
   * Hands one topic's messages (one partition's, or several partitions' of one fetch, each in
   * order) to each lane of the topic, one lane after another.
   */
  private async dispatch(messages: IncomingMessage[], control: MessageControl): Promise<void> {
    if (messages.length === 0) return;
    const { topic } = messages[0];
    for (const lane of this.lanes) {
      if (!lane.topics.has(topic)) continue;
      const mine =
        lane.floors.size === 0
          ? messages
          : messages.filter((m) => {
              const floor = lane.floors.get(`${m.topic}:${m.partition}`);
              return floor === undefined || BigInt(m.offset) >= floor;
            });
      const { handle, handleBatch, maxBatchSize } = lane.run;
      if (handleBatch) {
        const size = maxBatchSize ?? 500;
        for (let from = 0; from < mine.length; from += size) {
          if (this.stopping) throw new StoppingError();
          await handleBatch(mine.slice(from, from + size), control);
          await control.heartbeat();
        }
      } else {
        for (const message of mine) {
          if (this.stopping) throw new StoppingError();
          await handle(message, control);
          // At most one request per heartbeat interval: a long run of one-at-a-time
          // handling keeps the member in its group, as a slice each did before.
          await control.heartbeat();
        }
      }
    }
  }
}

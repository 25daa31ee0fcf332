import { decodeEvent, Topics } from '@salesgraph/events';
import {
  inConsumerSpan,
  secondsSince,
  sendToDeadLetter,
  type MessagingObserver,
  type IncomingMessage,
  type Logger,
  type MessageBroker,
  type MessageConsumer,
  type MessageProducer,
  type TopicAdmin,
  type TopicNamespace,
} from '@salesgraph/messaging';
import type { ApplyOutcome, OrderAdminQueue } from './order-admin-queue';

export type ConsumeOutcome = ApplyOutcome | 'dead-lettered' | 'unknown-type';

/**
 * Reads order.events.v1 from the beginning into the queue. Every message is
 * validated against its contract (the messaging package's codec); what fails
 * goes to order.events.v1.dlq with the reason, as every consumer of the
 * platform does, and the consumer carries on. Types this build does not know
 * (a newer contract version) are skipped.
 */
export class OrderEventConsumer {
  private consumer?: MessageConsumer;
  private started = false;

  constructor(
    private readonly options: {
      broker: MessageBroker;
      admin: TopicAdmin;
      deadLetterProducer: MessageProducer;
      namespace: TopicNamespace;
      groupId: string;
      queue: OrderAdminQueue;
      logger: Logger;
      /** Told of every message handled and dead-lettered, for metrics. */
      observer?: MessagingObserver;
    },
  ) {}

  get groupId(): string {
    return this.options.groupId;
  }

  get isRunning(): boolean {
    return this.started;
  }

  async start(): Promise<void> {
    const { broker, namespace } = this.options;
    // The order service may not have created its topic yet; the dead-letter topic must exist first.
    await broker.ensureTopics([
      { topic: namespace.resolve(Topics.order) },
      { topic: namespace.deadLetter(Topics.order) },
    ]);
    // Rebuild the queue from the whole topic (invalid events were dead-lettered when the
    // group first read them), then go on from the group's committed offsets: events read
    // twice are recognised by id and revision.
    const rebuilt = await this.options.admin.scan(namespace.resolve(Topics.order), (message) => {
      const decoded = decodeEvent(message.value);
      if (decoded.ok) this.options.queue.apply(decoded.envelope);
    });
    this.options.logger.info({ events: rebuilt }, 'order queue rebuilt from the topic');
    this.consumer = broker.consumer(this.options.groupId);
    await this.consumer.run({
      topics: [namespace.resolve(Topics.order)],
      fromBeginning: true,
      handle: async (message) => void (await this.process(message)),
    });
    this.started = true;
    this.options.logger.info({ groupId: this.options.groupId }, 'consuming order events');
  }

  async stop(): Promise<void> {
    this.started = false;
    await this.consumer?.disconnect();
  }

  /** Handles one message; exposed so that tests can drive it directly. */
  async process(message: IncomingMessage): Promise<ConsumeOutcome> {
    const started = process.hrtime.bigint();
    const outcome = await this.apply(message);
    this.options.observer?.handled?.({
      group: this.options.groupId,
      topic: message.topic,
      eventType: message.headers.ce_type ?? 'unknown',
      outcome,
      seconds: secondsSince(started),
    });
    return outcome;
  }

  private async apply(message: IncomingMessage): Promise<ConsumeOutcome> {
    const decoded = decodeEvent(message.value);
    if (!decoded.ok) {
      if (decoded.kind === 'UNKNOWN_TYPE') return 'unknown-type';
      this.options.logger.warn(
        { kind: decoded.kind, reason: decoded.reason, offset: message.offset },
        'invalid order event: dead-lettered',
      );
      await sendToDeadLetter(
        this.options.deadLetterProducer,
        message,
        { kind: decoded.kind, reason: decoded.reason, consumer: this.options.groupId, attempts: 0 },
        this.options.observer,
      );
      return 'dead-lettered';
    }
    const outcome = await inConsumerSpan(
      this.options.groupId,
      message,
      decoded.envelope,
      async () => this.options.queue.apply(decoded.envelope),
    );
    this.options.logger.debug(
      { eventId: decoded.envelope.id, type: decoded.envelope.type, outcome },
      'order event',
    );
    return outcome;
  }
}

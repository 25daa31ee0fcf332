import { decodeEvent, type Envelope } from '@salesgraph/events';
import type { DataSource } from 'typeorm';
import type {
  IncomingMessage,
  MessageBroker,
  MessageConsumer,
  MessageProducer,
} from '../kafka/message';
import type { Logger } from '../logger';
import type { TopicNamespace } from '../topic-namespace';
import { backoffDelay, defaultRetryPolicy, type RetryPolicy } from './backoff';
import { deadLetterMessage, type DeadLetterKind } from './dead-letter';
import type { EventHandlerRegistration } from './event-handler';
import { RejectedEventError } from './rejected-event.error';
import { isTransientInfrastructureError } from './transient-error';

export interface EventSubscriberOptions {
  /** Kafka consumer group and inbox consumer name, e.g. "account.lead-conversions". */
  groupId: string;
  /** Contract topic names; resolved against the namespace. */
  topics: string[];
  handlers: EventHandlerRegistration[];
  broker: MessageBroker;
  dataSource: DataSource;
  namespace: TopicNamespace;
  /** Publishes to dead-letter topics; usually the process' one producer. */
  deadLetterProducer: MessageProducer;
  logger: Logger;
  /** Service name, the actor of events that handlers publish. */
  serviceName: string;
  retry?: RetryPolicy;
  /** What to do with a well-formed event of a type this build does not know: skip it, or dead-letter it. */
  unknownTypes?: 'skip' | 'dead-letter';
  fromBeginning?: boolean;
}

type Outcome = 'handled' | 'duplicate' | 'ignored' | 'dead-lettered';

/**
 * Consumes events, validates them against their contracts and runs the
 * matching handler in a transaction together with the inbox row, so each
 * event has its effect exactly once. Invalid events and events that keep
 * failing go to `<topic>.dlq` with the reason; the consumer goes on with the
 * next message either way.
 */
export class EventSubscriber {
  private consumer?: MessageConsumer;
  private stopping = false;
  private readonly handlers = new Map<string, EventHandlerRegistration>();
  private readonly retry: RetryPolicy;
  private readonly logger: Logger;

  constructor(private readonly options: EventSubscriberOptions) {
    for (const registration of options.handlers)
      this.handlers.set(registration.definition.type, registration);
    this.retry = options.retry ?? defaultRetryPolicy;
    this.logger = options.logger.child?.({ consumer: options.groupId }) ?? options.logger;
  }

  async start(): Promise<void> {
    const { broker, namespace } = this.options;
    // Dead-letter topics exist before the first failure needs one.
    await broker.ensureTopics(this.options.topics.map((t) => ({ topic: namespace.deadLetter(t) })));
    this.consumer = broker.consumer(namespace.resolve(this.options.groupId));
    await this.consumer.run({
      topics: this.options.topics.map((t) => namespace.resolve(t)),
      fromBeginning: this.options.fromBeginning ?? true,
      handle: (message) => this.process(message).then(() => undefined),
    });
    this.logger.info({ topics: this.options.topics }, 'consumer started');
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.consumer?.disconnect();
  }

  /** Handles one message to its end; exposed for tests that drive the consumer directly. */
  async process(message: IncomingMessage): Promise<Outcome> {
    const decoded = decodeEvent(message.value);
    if (!decoded.ok) {
      if (decoded.kind === 'UNKNOWN_TYPE' && (this.options.unknownTypes ?? 'skip') === 'skip') {
        this.logger.debug(
          { type: decoded.type, offset: message.offset },
          'skipping event of unknown type',
        );
        return 'ignored';
      }
      await this.deadLetter(message, decoded.kind, decoded.reason, 0);
      return 'dead-lettered';
    }
    const registration = this.handlers.get(decoded.envelope.type);
    if (!registration) return 'ignored';

    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.handleOnce(registration, decoded.envelope, message);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        if (error instanceof RejectedEventError) {
          await this.deadLetter(message, 'REJECTED', reason, attempt);
          return 'dead-lettered';
        }
        const transient = isTransientInfrastructureError(error);
        if (!transient && attempt >= this.retry.attempts) {
          await this.deadLetter(
            message,
            'HANDLER_FAILED',
            `after ${attempt} attempts: ${reason}`,
            attempt,
          );
          return 'dead-lettered';
        }
        if (this.stopping) throw error; // leave the offset uncommitted: the next owner retries it
        // An outage is retried for as long as it lasts (capped backoff); a failing handler only `attempts` times.
        const delay = backoffDelay(this.retry, Math.min(attempt, 30));
        this.logger.warn(
          { err: error, attempt, delay, transient, eventId: decoded.envelope.id },
          'handler failed, retrying',
        );
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  private async handleOnce(
    registration: EventHandlerRegistration,
    event: Envelope,
    message: IncomingMessage,
  ): Promise<Outcome> {
    return this.options.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO inbox_message (consumer, event_id, event_type, topic, partition, "offset")
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING event_id`,
        [
          this.options.groupId,
          event.id,
          event.type,
          message.topic,
          message.partition,
          message.offset,
        ],
      );
      if (inserted.length === 0) {
        this.logger.debug(
          { eventId: event.id, type: event.type },
          'duplicate event, already handled',
        );
        return 'duplicate';
      }
      await registration.handle(event, {
        manager,
        message,
        logger: this.logger,
        eventContext: {
          correlationId: event.correlationid,
          causationId: event.id,
          actor: { type: 'service', id: this.options.serviceName },
        },
      });
      return 'handled';
    });
  }

  private async deadLetter(
    message: IncomingMessage,
    kind: DeadLetterKind,
    reason: string,
    attempts: number,
  ): Promise<void> {
    const target = `${message.topic}.dlq`;
    this.logger.warn(
      {
        kind,
        reason,
        topic: message.topic,
        partition: message.partition,
        offset: message.offset,
        target,
      },
      'event dead-lettered',
    );
    await this.options.deadLetterProducer.send(target, [
      deadLetterMessage(message, { kind, reason, consumer: this.options.groupId, attempts }),
    ]);
  }
}

import {
  deadLetterTopic,
  decodeEvent,
  findEventDefinition,
  type DecodeResult,
  type Envelope,
} from '@salesgraph/events';
import type { DataSource } from 'typeorm';
import type {
  ConsumerHealth,
  IncomingMessage,
  MessageBroker,
  MessageConsumer,
  MessageControl,
  MessageProducer,
} from '../kafka/message';
import type { Logger } from '../logger';
import { inConsumerSpan } from '../observability/event-tracing';
import { secondsSince, type MessagingObserver } from '../observability/messaging-observer';
import type { TopicNamespace } from '../topic-namespace';
import { backoffDelay, defaultRetryPolicy, type RetryPolicy } from './backoff';
import { sendToDeadLetter, type DeadLetterKind } from './dead-letter';
import { BatchDelivery, type BatchItem } from './batch-delivery';
import { consumedEventContext, type EventHandlerRegistration } from './event-handler';
import { RejectedEventError } from './rejected-event.error';
import { isTransientInfrastructureError } from './transient-error';
import { SubjectKeyUnknownError } from '../privacy/personal-data-cipher';
import { openStoredPersonalData } from '../privacy/subject-keys';
import { sealedSubjectsIn } from '../privacy/personal-data-cipher';

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
  /** Told of every message handled, retried and dead-lettered, for metrics. */
  observer?: MessagingObserver;
  /**
   * How long an event waits for its person's key to arrive on the keys topic
   * before it is dead-lettered (redrivable once the key is there); 2 minutes.
   */
  keyWaitMs?: number;
  /** The most events one batch transaction holds, for handlers that take batches; 500. */
  maxBatchSize?: number;
  /**
   * The consumer to read with, e.g. a lane of the service's SharedConsumer;
   * by default one of its own, in the consumer group `groupId`.
   */
  consumer?: MessageConsumer;
}

type Outcome = 'handled' | 'duplicate' | 'ignored' | 'dead-lettered';

/** A message holding sealed personal fields: its type, its data, and the whole message parsed. */
interface SealedMessage {
  type: string;
  data: unknown;
  whole: Record<string, unknown>;
}

/** The envelope when the message is one holding sealed personal fields; undefined otherwise. */
function sealedEnvelopeOf(value: Buffer | null): SealedMessage | undefined {
  if (!value || !value.includes('"pd1:')) return undefined;
  try {
    const whole = JSON.parse(value.toString('utf8')) as Record<string, unknown>;
    return typeof whole?.type === 'string' && sealedSubjectsIn(whole.data).size > 0
      ? { type: whole.type, data: whole.data, whole }
      : undefined;
  } catch {
    return undefined; // decodeEvent names what is wrong with it
  }
}

/** The type a message names, read without validating anything else; undefined if it names none. */
function typeNamedIn(value: Buffer | null): string | undefined {
  if (!value) return undefined;
  try {
    const type = (JSON.parse(value.toString('utf8')) as { type?: unknown } | null)?.type;
    return typeof type === 'string' ? type : undefined;
  } catch {
    return undefined; // decodeEvent names what is wrong with it
  }
}

/** An event of a run for a batch handler: decoded, or sealed and to be opened with the run. */
type RunItem = Omit<BatchItem, 'event'> & ({ event: Envelope } | { sealed: SealedMessage });

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

  private readonly batches: BatchDelivery;

  constructor(private readonly options: EventSubscriberOptions) {
    for (const registration of options.handlers)
      this.handlers.set(registration.definition.type, registration);
    this.retry = options.retry ?? defaultRetryPolicy;
    this.logger = options.logger.child?.({ consumer: options.groupId }) ?? options.logger;
    this.batches = new BatchDelivery({
      groupId: options.groupId,
      serviceName: options.serviceName,
      dataSource: options.dataSource,
      logger: this.logger,
      observer: options.observer,
      oneByOne: (message, control) => this.process(message, control),
      stopping: () => this.stopping,
    });
  }

  async start(): Promise<void> {
    const { broker, namespace } = this.options;
    // Dead-letter topics exist before the first failure needs one.
    await broker.ensureTopics(this.options.topics.map((t) => ({ topic: namespace.deadLetter(t) })));
    this.consumer =
      this.options.consumer ?? broker.consumer(namespace.resolve(this.options.groupId));
    const batched = [...this.handlers.values()].some((r) => r.handleBatch);
    await this.consumer.run({
      topics: this.options.topics.map((t) => namespace.resolve(t)),
      fromBeginning: this.options.fromBeginning ?? true,
      handle: (message, control) => this.process(message, control).then(() => undefined),
      // Only when a handler can take many events at once: the others keep one message per call.
      ...(batched
        ? {
            handleBatch: (messages, control) => this.processBatch(messages, control),
            maxBatchSize: this.options.maxBatchSize ?? 500,
          }
        : {}),
    });
    this.logger.info({ topics: this.options.topics }, 'consumer started');
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.consumer?.disconnect();
  }

  get groupId(): string {
    return this.options.groupId;
  }

  /** For readiness: a consumer that crashed or stopped is not consuming, and says why. */
  health(): ConsumerHealth {
    if (this.stopping) return { ok: false, reason: 'stopped' };
    if (!this.consumer) return { ok: false, reason: 'not started' };
    return this.consumer.health();
  }

  /**
   * Handles one message to its end; exposed for tests that drive the consumer directly.
   *
   * While it waits between attempts it heartbeats, so a long outage does not
   * cost the member its partitions; if the group rebalances meanwhile, the
   * heartbeat throws and the message is given up uncommitted for its next owner.
   */
  async process(message: IncomingMessage, control?: MessageControl): Promise<Outcome> {
    const started = process.hrtime.bigint();
    let eventType = 'unreadable';
    let outcome: Outcome | 'failed' = 'failed';
    try {
      const announced = this.unhandledAnnouncedType(message);
      if (announced) {
        eventType = announced;
        return (outcome = 'ignored');
      }
      // Personal fields arrive sealed: opened before the contract validates them.
      const sealed = sealedEnvelopeOf(message.value);
      const named = sealed?.type ?? typeNamedIn(message.value);
      // Nothing here handles it: neither validated nor opened (its keys neither read nor
      // waited for). Most consumers of a busy topic want one or two of its types.
      if (named && findEventDefinition(named) && !this.handlers.has(named)) {
        eventType = named;
        return (outcome = 'ignored');
      }
      if (sealed) eventType = sealed.type;
      const opened = sealed ? await this.openPersonalData(sealed, message, control) : message.value;
      if (opened === 'dead-lettered') return (outcome = 'dead-lettered');
      const decoded = decodeEvent(opened);
      eventType = decoded.ok ? decoded.envelope.type : (decoded.type ?? 'unreadable');
      outcome = await this.processDecoded(decoded, message, control);
      return outcome;
    } finally {
      this.options.observer?.handled?.({
        group: this.options.groupId,
        topic: message.topic,
        eventType,
        outcome,
        seconds: secondsSince(started),
      });
    }
  }

  /**
   * The type a message's CloudEvents header (`ce_type`, which every outbox relay sets) names,
   * when it is a contract's event that nothing here handles: such a message is ignored unread.
   * Parsing each event of a busy topic only to find its type was most of what a service that
   * wants one or two of its types spent on it (issue 17). The header is the producer's word
   * for the type its value holds; a message without it is read as before.
   */
  private unhandledAnnouncedType(message: IncomingMessage): string | undefined {
    const type = message.headers.ce_type;
    return type !== undefined && !this.handlers.has(type) && findEventDefinition(type)
      ? type
      : undefined;
  }

  private async processDecoded(
    decoded: DecodeResult,
    message: IncomingMessage,
    control?: MessageControl,
  ): Promise<Outcome> {
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

    // Two budgets: a failing handler gets `attempts`, an outage `transientAttempts` (unlimited by default).
    let handlerFailures = 0;
    let transientFailures = 0;
    const transientBudget = this.retry.transientAttempts ?? Number.POSITIVE_INFINITY;
    for (;;) {
      try {
        return await this.handleOnce(registration, decoded.envelope, message);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const attempt = handlerFailures + transientFailures + 1;
        if (error instanceof RejectedEventError) {
          await this.deadLetter(message, 'REJECTED', reason, attempt);
          return 'dead-lettered';
        }
        const transient = isTransientInfrastructureError(error);
        if (transient) transientFailures += 1;
        else handlerFailures += 1;
        if (!transient && handlerFailures >= this.retry.attempts) {
          await this.deadLetter(
            message,
            'HANDLER_FAILED',
            `after ${handlerFailures} attempts: ${reason}`,
            attempt,
          );
          return 'dead-lettered';
        }
        if (transient && transientFailures >= transientBudget) {
          await this.deadLetter(
            message,
            'INFRASTRUCTURE_UNAVAILABLE',
            `after ${transientFailures} attempts during an outage: ${reason}`,
            attempt,
          );
          return 'dead-lettered';
        }
        if (this.stopping) throw error; // leave the offset uncommitted: the next owner retries it
        this.options.observer?.retrying?.({
          group: this.options.groupId,
          eventType: decoded.envelope.type,
          transient,
        });
        const delay = backoffDelay(
          this.retry,
          Math.min(transient ? transientFailures : handlerFailures, 30),
        );
        this.logger.warn(
          {
            err: error,
            handlerFailures,
            transientFailures,
            delay,
            transient,
            eventId: decoded.envelope.id,
          },
          'handler failed, retrying',
        );
        await this.waitKeepingMembership(delay, control);
      }
    }
  }

  /**
   * Handles consecutive messages of one partition to their end; exposed for
   * tests. Runs of events whose handler takes batches go through one
   * transaction each (`BatchDelivery`); unreadable or invalid events are
   * dead-lettered and events no handler here takes are ignored on the way
   * (neither has an effect to order); anything else goes one at a time
   * through `process`, in its place.
   */
  async processBatch(messages: IncomingMessage[], control?: MessageControl): Promise<void> {
    let run: RunItem[] = [];
    const flush = async () => {
      if (run.length === 0) return;
      const items = await this.openRun(run);
      if (items) await this.batches.deliver(items, control);
      else for (const item of run) await this.process(item.message, control);
      run = [];
    };
    for (const message of messages) {
      if (this.unhandledAnnouncedType(message)) {
        await this.process(message, control); // ignored unread: no effect to order
        continue;
      }
      const sealed = sealedEnvelopeOf(message.value);
      const named = sealed?.type ?? typeNamedIn(message.value);
      const registration = named === undefined ? undefined : this.handlers.get(named);
      if (registration?.handleBatch) {
        const decoded = sealed ? undefined : decodeEvent(message.value);
        if (decoded && !decoded.ok) {
          await this.process(message, control); // dead-lettered: no effect to order
          continue;
        }
        if (run.length > 0 && run[0].registration !== registration) await flush();
        run.push(
          decoded
            ? { registration, event: decoded.envelope, message }
            : { registration, sealed: sealed!, message },
        );
        continue;
      }
      // Ignored (no handler here) or dead-lettered: no effect to order, the run goes on.
      if (!registration) {
        await this.process(message, control);
        continue;
      }
      await flush();
      await this.process(message, control);
    }
    await flush();
  }

  /**
   * A run's events, its sealed ones opened together (one look-up of their
   * keys) and validated again. Undefined when any cannot be now (a key not
   * arrived yet, the database away, a contract broken once opened): the run
   * then takes the one-event path, which waits, retries or dead-letters.
   */
  private async openRun(run: RunItem[]): Promise<BatchItem[] | undefined> {
    const sealed = run.flatMap((item) => ('sealed' in item ? [item.sealed] : []));
    let opened: unknown[] = [];
    if (sealed.length > 0) {
      try {
        opened = await openStoredPersonalData(
          this.options.dataSource.manager,
          sealed.map((s) => ({ eventType: s.type, data: s.data })),
        );
      } catch (error) {
        if (error instanceof SubjectKeyUnknownError || isTransientInfrastructureError(error))
          return undefined;
        throw error;
      }
    }
    const items: BatchItem[] = [];
    let next = 0;
    for (const item of run) {
      if ('event' in item) {
        items.push(item);
        continue;
      }
      const decoded = decodeEvent(JSON.stringify({ ...item.sealed.whole, data: opened[next++] }));
      if (!decoded.ok) return undefined;
      items.push({
        registration: item.registration,
        event: decoded.envelope,
        message: item.message,
      });
    }
    return items;
  }

  /**
   * The message with its personal fields opened by this database's keys
   * (placeholders for erased people), validated again afterwards. A key that
   * has not arrived yet is waited for, then the event is dead-lettered.
   */
  private async openPersonalData(
    sealed: SealedMessage,
    message: IncomingMessage,
    control?: MessageControl,
  ): Promise<Buffer | null | 'dead-lettered'> {
    const deadline = Date.now() + (this.options.keyWaitMs ?? 120_000);
    for (let waited = 1; ; waited++) {
      try {
        const [data] = await openStoredPersonalData(this.options.dataSource.manager, [
          { eventType: sealed.type, data: sealed.data },
        ]);
        return Buffer.from(JSON.stringify({ ...sealed.whole, data }));
      } catch (error) {
        if (!(error instanceof SubjectKeyUnknownError) && !isTransientInfrastructureError(error))
          throw error;
        if (Date.now() > deadline && error instanceof SubjectKeyUnknownError) {
          await this.deadLetter(message, 'PERSONAL_DATA_KEY_UNKNOWN', error.message, waited);
          return 'dead-lettered';
        }
        if (this.stopping) throw error;
        await this.waitKeepingMembership(backoffDelay(this.retry, Math.min(waited, 30)), control);
      }
    }
  }

  /** Sleeps in slices, heartbeating between them; throws if the group rebalances meanwhile. */
  private async waitKeepingMembership(ms: number, control?: MessageControl): Promise<void> {
    const until = Date.now() + ms;
    for (;;) {
      await control?.heartbeat();
      const left = until - Date.now();
      if (left <= 0 || this.stopping) return;
      await new Promise((resolve) => setTimeout(resolve, Math.min(left, 500)));
    }
  }

  private async handleOnce(
    registration: EventHandlerRegistration,
    event: Envelope,
    message: IncomingMessage,
  ): Promise<Outcome> {
    const attempt = () =>
      this.options.dataSource.transaction(async (manager) => {
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
          eventContext: consumedEventContext(event, this.options.serviceName),
        });
        return 'handled' as const;
      });
    return inConsumerSpan(this.options.groupId, message, event, attempt);
  }

  private async deadLetter(
    message: IncomingMessage,
    kind: DeadLetterKind,
    reason: string,
    attempts: number,
  ): Promise<void> {
    this.logger.warn(
      {
        kind,
        reason,
        topic: message.topic,
        partition: message.partition,
        offset: message.offset,
        target: deadLetterTopic(message.topic),
      },
      'event dead-lettered',
    );
    await sendToDeadLetter(
      this.options.deadLetterProducer,
      message,
      { kind, reason, consumer: this.options.groupId, attempts },
      this.options.observer,
    );
  }
}

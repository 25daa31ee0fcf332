import {
  createKafkaBroker,
  createKafkaTopicAdmin,
  DeadLetterAdmin,
  eraseDeadLetters,
  TopicNamespace,
  type DeadLetterErasure,
  type Logger,
} from '@salesgraph/messaging';
import { DomainError } from '../graphql/domain-error';

/**
 * A topic another party publishes into with people's data in clear (marketing's
 * leads), which a service consumes and cannot seal.
 */
export interface IntakeTopic {
  /** Its contract name, e.g. `marketing.leads.v1`. */
  topic: string;
  /** The consumer groups (as the service names them) that must have read a record before it goes. */
  consumers: string[];
}

/** What an erasure did to one intake topic. */
export interface IntakeTopicErased {
  /** Partition -> first offset kept: every record before it, consumed, is gone. */
  truncated: Record<string, string>;
  /** The person's dead letters (found by their e-mail), removed; absent when no e-mail was given. */
  deadLetters?: DeadLetterErasure;
}

/**
 * The erasure's part on intake topics (docs/privacy.md): the records the
 * service's consumers have read are deleted (Kafka's deleteRecords, up to
 * their committed offsets), whoever they name: they are stored, or refused
 * by the erasure ledger, already. Records not read yet stay until they are
 * (the ledger keeps them from re-creating an erased person) and go with the
 * next erasure. The person's dead letters are removed from the dead-letter
 * topic. Kafka clients of its own per erasure: erasures are rare.
 */
export class IntakeTopicErasure {
  private readonly namespace: TopicNamespace;

  constructor(
    private readonly kafka: { brokers: string[]; topicPrefix: string },
    private readonly logger: Logger,
    private readonly topics: readonly IntakeTopic[],
  ) {
    this.namespace = new TopicNamespace(kafka.topicPrefix);
  }

  async erase(email: string | null): Promise<Record<string, IntakeTopicErased>> {
    const client = {
      clientId: 'salesgraph-privacy-erasure',
      brokers: this.kafka.brokers,
      logger: this.logger,
    };
    const admin = createKafkaTopicAdmin(client);
    const broker = createKafkaBroker(client);
    const answers: Record<string, IntakeTopicErased> = {};
    try {
      const producer = broker.producer();
      await producer.connect();
      const letters = new DeadLetterAdmin(admin, producer, this.namespace);
      for (const { topic, consumers } of this.topics) {
        const cuts = await admin.deleteConsumedRecords(
          this.namespace.resolve(topic),
          consumers.map((group) => this.namespace.resolve(group)),
        );
        const answer: IntakeTopicErased = {
          truncated: Object.fromEntries(cuts.map((c) => [String(c.partition), c.offset])),
        };
        if (email) {
          const needle = email.toLowerCase();
          answer.deadLetters = await eraseDeadLetters(
            letters,
            admin,
            producer,
            this.namespace,
            topic,
            (letter) => Boolean(letter.value?.toString('utf8').toLowerCase().includes(needle)),
          );
        }
        answers[topic] = answer;
      }
      return answers;
    } catch (error) {
      this.logger.error({ err: error }, 'intake topics not reached by an erasure');
      throw new DomainError(
        'INTAKE_TOPIC_NOT_ERASED',
        `The person's rows and keys are erased, but ${this.topics.map((t) => t.topic).join(', ')} could not be cleaned (${(error as Error).message}). Ask for the erasure again: it is idempotent.`,
      );
    } finally {
      await broker.disconnect().catch(() => undefined);
      await admin.disconnect().catch(() => undefined);
    }
  }
}

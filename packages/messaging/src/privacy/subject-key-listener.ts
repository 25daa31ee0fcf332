import type { DataSource } from 'typeorm';
import type { IncomingMessage, MessageBroker, MessageConsumer } from '../kafka/message';
import type { Logger } from '../logger';
import type { TopicNamespace } from '../topic-namespace';
import { SubjectKeys, SUBJECT_KEYS_TOPIC, type SubjectKeyMessage } from './subject-keys';

/**
 * Fills this database's key table from the compacted keys topic: every
 * person's key as its owner issued it, and the tombstone that erases it. Read
 * from the beginning by a group of its own, so a new database (or a replay)
 * learns every live key and every erasure.
 */
export class SubjectKeyListener {
  private consumer?: MessageConsumer;

  constructor(
    private readonly options: {
      serviceName: string;
      broker: MessageBroker;
      dataSource: DataSource;
      namespace: TopicNamespace;
      logger: Logger;
      /** Consumer group; `<service>.subject-keys` by default. */
      groupId?: string;
    },
  ) {}

  async start(): Promise<void> {
    const { broker, namespace, serviceName } = this.options;
    const keys = new SubjectKeys(serviceName);
    this.consumer = broker.consumer(
      namespace.resolve(this.options.groupId ?? `${serviceName}.subject-keys`),
    );
    await this.consumer.run({
      topics: [namespace.resolve(SUBJECT_KEYS_TOPIC)],
      fromBeginning: true,
      handle: (message) => this.learn(keys, [message]),
      // A campaign of new people is a key per person for every service: a fetch's worth at once.
      handleBatch: (messages) => this.learn(keys, messages),
    });
  }

  private async learn(keys: SubjectKeys, messages: IncomingMessage[]): Promise<void> {
    const learnt: Array<{ subjectId: string; key: SubjectKeyMessage | null }> = [];
    for (const message of messages) {
      if (!message.key) continue;
      const value = message.value ? parseKey(message.value) : null;
      if (value === undefined) {
        this.options.logger.warn({ offset: message.offset }, 'ignoring an unreadable subject key');
        continue;
      }
      learnt.push({ subjectId: message.key, key: value });
    }
    if (learnt.length > 0) await keys.learnMany(this.options.dataSource.manager, learnt);
  }

  health() {
    return this.consumer?.health() ?? { ok: false, reason: 'not started' };
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}

function parseKey(value: Buffer): SubjectKeyMessage | undefined {
  try {
    const parsed = JSON.parse(value.toString('utf8')) as Partial<SubjectKeyMessage>;
    return typeof parsed.key === 'string' && typeof parsed.owner === 'string'
      ? (parsed as SubjectKeyMessage)
      : undefined;
  } catch {
    return undefined;
  }
}

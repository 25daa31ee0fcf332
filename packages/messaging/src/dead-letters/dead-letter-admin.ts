import { createKafkaBroker } from '../kafka/kafkajs-broker';
import type { IncomingMessage, MessageHeaders, MessageProducer } from '../kafka/message';
import { createKafkaTopicAdmin, type TopicAdmin } from '../kafka/topic-admin';
import type { Logger } from '../logger';
import type { TopicNamespace } from '../topic-namespace';

export interface DeadLetterRedrive {
  by: string;
  at: string;
}

export interface DeadLetter {
  /** `<partition>:<offset>` in the dead-letter topic: how an admin names it. */
  position: string;
  deadLetterTopic: string;
  originTopic: string;
  key: string | null;
  eventType?: string;
  eventId?: string;
  kind?: string;
  reason?: string;
  consumer?: string;
  attempts?: number;
  failedAt?: string;
  /** Every time it was sent back to its topic, oldest first. */
  redrives: DeadLetterRedrive[];
  headers: MessageHeaders;
  value: Buffer | null;
}

/** Marks a redrive in the dead-letter topic itself, so the record travels with the letters. */
const REDRIVE_OF = 'dlq-redrive-of';

/**
 * Lists, shows and redrives the dead letters of one topic. A redrive
 * re-publishes the original key, value and headers to the topic the letter
 * came from, adds who sent it back and when, and appends a marker with the
 * same facts to the dead-letter topic. Consumers are idempotent by event id,
 * so a consumer group that had already handled the event ignores it.
 */
export class DeadLetterAdmin {
  constructor(
    private readonly admin: TopicAdmin,
    private readonly producer: MessageProducer,
    private readonly namespace: TopicNamespace,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The dead letters of a contract topic (e.g. "lead.events.v1"), oldest first per partition. */
  async list(topic: string): Promise<DeadLetter[]> {
    const deadLetterTopic = this.namespace.deadLetter(topic);
    const messages = await this.admin.readAll(deadLetterTopic);
    const redrives = new Map<string, DeadLetterRedrive[]>();
    for (const m of messages) {
      const of = m.headers[REDRIVE_OF];
      if (!of) continue;
      const list = redrives.get(of) ?? [];
      list.push({ by: m.headers['redriven-by'] ?? '?', at: m.headers['redriven-at'] ?? '?' });
      redrives.set(of, list);
    }
    return messages
      .filter((m) => !m.headers[REDRIVE_OF])
      .map((m) => letterOf(m, redrives.get(`${m.partition}:${m.offset}`) ?? []));
  }

  async show(topic: string, position: string): Promise<DeadLetter | undefined> {
    return (await this.list(topic)).find((letter) => letter.position === position);
  }

  /** Sends one dead letter back to its topic; `by` is who decided it. */
  async redrive(topic: string, position: string, by: string): Promise<DeadLetter> {
    if (!by.trim()) throw new Error('a redrive needs the name of who decides it (--by)');
    const letter = await this.show(topic, position);
    if (!letter)
      throw new Error(`no dead letter at ${position} in ${this.namespace.deadLetter(topic)}`);
    const at = this.now().toISOString();
    const original = Object.fromEntries(
      Object.entries(letter.headers).filter(([name]) => !name.startsWith('dlq-')),
    );
    const stamp = { 'redriven-by': by, 'redriven-at': at };
    await this.producer.send(letter.originTopic, [
      {
        key: letter.key ?? '',
        value: letter.value ?? Buffer.alloc(0),
        headers: {
          ...original,
          ...stamp,
          'redriven-from': `${letter.deadLetterTopic}:${position}`,
        },
      },
    ]);
    await this.producer.send(letter.deadLetterTopic, [
      { key: letter.key ?? '', value: '', headers: { [REDRIVE_OF]: position, ...stamp } },
    ]);
    return { ...letter, redrives: [...letter.redrives, { by, at }] };
  }
}

function letterOf(m: IncomingMessage, redrives: DeadLetterRedrive[]): DeadLetter {
  const h = m.headers;
  // A letter moved ahead of an erasure's cut carries the redrives whose markers the cut removed.
  const earlier = h['dlq-earlier-redrives']
    ? (JSON.parse(h['dlq-earlier-redrives']) as DeadLetterRedrive[])
    : [];
  const envelope = envelopeOf(m.value);
  return {
    position: `${m.partition}:${m.offset}`,
    deadLetterTopic: m.topic,
    originTopic: h['dlq-origin-topic'] ?? m.topic.replace(/\.dlq$/, ''),
    key: m.key,
    eventType: h.ce_type ?? envelope?.type,
    eventId: h.ce_id ?? envelope?.id,
    kind: h['dlq-kind'],
    reason: h['dlq-reason'],
    consumer: h['dlq-consumer'],
    attempts: h['dlq-attempts'] ? Number(h['dlq-attempts']) : undefined,
    failedAt: h['dlq-failed-at'],
    redrives: [...earlier, ...redrives],
    headers: h,
    value: m.value,
  };
}

/** The event's id and type when the letter is a readable envelope (it may be malformed). */
function envelopeOf(value: Buffer | null): { id?: string; type?: string } | undefined {
  try {
    const parsed = JSON.parse(value?.toString('utf8') ?? '');
    return typeof parsed === 'object' && parsed ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A DeadLetterAdmin on Kafka clients of its own, for one piece of work (a
 * command, a GraphQL operation): connected on first use, disconnected after.
 * Dead letters are rare and looked at by people; a connection per operation
 * costs nothing that matters and leaves nothing open in between.
 */
export async function withDeadLetterAdmin<T>(
  options: {
    clientId: string;
    brokers: string[];
    logger: Logger;
    namespace: TopicNamespace;
    now?: () => Date;
  },
  work: (letters: DeadLetterAdmin) => Promise<T>,
): Promise<T> {
  const client = { clientId: options.clientId, brokers: options.brokers, logger: options.logger };
  const admin = createKafkaTopicAdmin(client);
  const broker = createKafkaBroker(client);
  try {
    return await work(
      new DeadLetterAdmin(admin, broker.producer(), options.namespace, options.now),
    );
  } finally {
    await broker.disconnect();
    await admin.disconnect();
  }
}

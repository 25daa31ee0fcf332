import { Topics } from '@salesgraph/events';
import {
  TopicNamespace,
  withDeadLetterAdmin,
  type DeadLetter,
  type DeadLetterAdmin,
  type Logger,
} from '@salesgraph/messaging';
import type { CommandContext } from '../command/command-context';
import { BadInputError, NotFoundError } from '../graphql/domain-error';
import type { DeadLetterPageView, DeadLetterView } from './dead-letter.type';

const PAYLOAD_LIMIT = 100_000;
const topics: string[] = Object.values(Topics);

/**
 * The dead letters of every event topic, for admins through the graph: the
 * same DeadLetterAdmin as `npm run dlq`, so a redrive from either records who
 * and when in the dead-letter topic itself.
 */
export class DeadLetterDesk {
  private readonly namespace: TopicNamespace;

  constructor(
    private readonly kafka: { brokers: string[]; topicPrefix: string },
    private readonly logger: Logger,
  ) {
    this.namespace = new TopicNamespace(kafka.topicPrefix);
  }

  /** A letter as the graph shows it: topics by their contract names. */
  private viewOf(letter: DeadLetter): DeadLetterView {
    const text = letter.value?.toString('utf8');
    return {
      position: letter.position,
      topic: this.namespace.unresolve(letter.originTopic) ?? letter.originTopic,
      key: letter.key ?? undefined,
      eventId: letter.eventId,
      eventType: letter.eventType,
      kind: letter.kind,
      reason: letter.reason,
      consumer: letter.consumer,
      attempts: letter.attempts,
      failedAt: letter.failedAt,
      redrives: letter.redrives,
      headers: Object.entries(letter.headers).map(([name, value]) => ({ name, value })),
      payload: text?.slice(0, PAYLOAD_LIMIT),
      payloadTruncated: (text?.length ?? 0) > PAYLOAD_LIMIT,
    };
  }

  async page(
    command: CommandContext,
    topic: string,
    page: { limit: number; offset: number },
    notRedrivenOnly: boolean,
  ): Promise<DeadLetterPageView> {
    const all = await this.with(command, topic, (letters) => letters.list(topic));
    const matching = notRedrivenOnly ? all.filter((l) => l.redrives.length === 0) : all;
    return {
      total: matching.length,
      notRedriven: all.filter((l) => l.redrives.length === 0).length,
      letters: matching.slice(page.offset, page.offset + page.limit).map((l) => this.viewOf(l)),
    };
  }

  async show(command: CommandContext, topic: string, position: string): Promise<DeadLetterView> {
    const letter = await this.with(command, topic, (letters) => letters.show(topic, position));
    if (!letter) throw new NotFoundError('Dead letter', `${topic} ${position}`);
    return this.viewOf(letter);
  }

  /** Sends it back to its topic with its original key, value and headers; the admin and the time are recorded. */
  async redrive(command: CommandContext, topic: string, position: string): Promise<DeadLetterView> {
    return this.with(command, topic, async (letters) => {
      if (!(await letters.show(topic, position)))
        throw new NotFoundError('Dead letter', `${topic} ${position}`);
      const letter = await letters.redrive(topic, position, command.user.id);
      this.logger.warn(
        {
          topic,
          position,
          eventId: letter.eventId,
          by: command.user.id,
          correlationId: command.correlationId,
        },
        'dead letter redriven',
      );
      return this.viewOf(letter);
    });
  }

  private with<T>(
    command: CommandContext,
    topic: string,
    work: (letters: DeadLetterAdmin) => Promise<T>,
  ): Promise<T> {
    if (!topics.includes(topic))
      throw new BadInputError(`topic must be one of ${topics.join(', ')}`, { field: 'topic' });
    return withDeadLetterAdmin(
      {
        clientId: 'salesgraph-dead-letters',
        brokers: this.kafka.brokers,
        logger: this.logger,
        namespace: this.namespace,
        now: () => command.clock.now(),
      },
      work,
    );
  }
}

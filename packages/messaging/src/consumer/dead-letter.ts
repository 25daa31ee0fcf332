import { deadLetterTopic } from '@salesgraph/events';
import type {
  IncomingMessage,
  MessageHeaders,
  MessageProducer,
  OutgoingMessage,
} from '../kafka/message';
import type { MessagingObserver } from '../observability/messaging-observer';

export type DeadLetterKind =
  | 'MALFORMED_JSON'
  | 'INVALID_ENVELOPE'
  | 'UNKNOWN_TYPE'
  | 'INVALID_DATA'
  | 'HANDLER_FAILED'
  | 'INFRASTRUCTURE_UNAVAILABLE'
  | 'REJECTED'
  | 'PERSONAL_DATA_KEY_UNKNOWN';

/**
 * The dead-letter message keeps the original key, value and headers byte for
 * byte and adds why it failed and where it came from, so it can be inspected
 * and replayed to its origin.
 */
export function deadLetterMessage(
  message: IncomingMessage,
  failure: { kind: DeadLetterKind; reason: string; consumer: string; attempts: number },
): OutgoingMessage & { value: string | Buffer } {
  const headers: MessageHeaders = {
    ...message.headers,
    'dlq-reason': truncate(failure.reason, 2000),
    'dlq-kind': failure.kind,
    'dlq-consumer': failure.consumer,
    'dlq-attempts': String(failure.attempts),
    'dlq-origin-topic': message.topic,
    'dlq-origin-partition': String(message.partition),
    'dlq-origin-offset': message.offset,
    'dlq-failed-at': new Date().toISOString(),
  };
  return { key: message.key ?? '', value: message.value ?? Buffer.alloc(0), headers };
}

/**
 * Sends `message` to its topic's dead-letter topic with why it failed, and
 * counts it once the broker has it: a send that fails is retried with the
 * message, not counted twice.
 */
export async function sendToDeadLetter(
  producer: MessageProducer,
  message: IncomingMessage,
  failure: { kind: DeadLetterKind; reason: string; consumer: string; attempts: number },
  observer?: MessagingObserver,
): Promise<void> {
  const topic = deadLetterTopic(message.topic);
  await producer.send(topic, [deadLetterMessage(message, failure)]);
  observer?.deadLettered?.({ topic, kind: failure.kind, group: failure.consumer });
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

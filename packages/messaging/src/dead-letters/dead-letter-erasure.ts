import type { MessageProducer } from '../kafka/message';
import type { TopicAdmin } from '../kafka/topic-admin';
import type { TopicNamespace } from '../topic-namespace';
import type { DeadLetter, DeadLetterAdmin } from './dead-letter-admin';

/** Header of a letter moved ahead of a cut: where it was. */
export const MOVED_FROM = 'dlq-moved-from';
/** Header of a moved letter: its redrives so far (their markers go with the cut), as JSON. */
export const EARLIER_REDRIVES = 'dlq-earlier-redrives';

export interface DeadLetterErasure {
  deadLetterTopic: string;
  /** The person's letters removed. */
  removed: number;
  /** Other letters before a cut, appended again (original bytes and headers) before it was made. */
  moved: number;
  /** Partition -> first offset kept. */
  truncated: Record<string, string>;
}

/**
 * Removes a person's dead letters from a dead-letter topic. Kafka removes
 * records only from the start of a partition, so each partition holding one of
 * theirs is cut just after their last letter; every other letter before the
 * cut is first appended again (key, value and headers as they were, plus where
 * it was and its redrives so far), so no one else's letter is lost. A
 * dead-lettered record of an intake topic holds the person in clear
 * (docs/privacy.md): erasure reaches it here.
 */
export async function eraseDeadLetters(
  letters: DeadLetterAdmin,
  admin: TopicAdmin,
  producer: MessageProducer,
  namespace: TopicNamespace,
  topic: string,
  isTheirs: (letter: DeadLetter) => boolean,
): Promise<DeadLetterErasure> {
  const deadLetterTopic = namespace.deadLetter(topic);
  const all = await letters.list(topic);
  const cuts = new Map<number, bigint>();
  let removed = 0;
  for (const letter of all) {
    if (!isTheirs(letter)) continue;
    removed += 1;
    const { partition, offset } = positionOf(letter);
    const next = offset + 1n;
    if ((cuts.get(partition) ?? -1n) < next) cuts.set(partition, next);
  }
  const keep = all.filter((letter) => {
    if (isTheirs(letter)) return false;
    const { partition, offset } = positionOf(letter);
    const cut = cuts.get(partition);
    return cut !== undefined && offset < cut;
  });
  if (keep.length > 0)
    await producer.send(
      deadLetterTopic,
      keep.map((letter) => ({
        key: letter.key ?? '',
        value: letter.value ?? Buffer.alloc(0),
        headers: {
          ...letter.headers,
          [MOVED_FROM]: letter.position,
          [EARLIER_REDRIVES]: JSON.stringify(letter.redrives),
        },
      })),
    );
  const truncated: Record<string, string> = {};
  for (const [partition, cut] of [...cuts].sort(([a], [b]) => a - b)) {
    await admin.deleteRecordsBefore(deadLetterTopic, partition, cut.toString());
    truncated[String(partition)] = cut.toString();
  }
  return { deadLetterTopic, removed, moved: keep.length, truncated };
}

function positionOf(letter: DeadLetter): { partition: number; offset: bigint } {
  const [partition, offset] = letter.position.split(':');
  return { partition: Number(partition), offset: BigInt(offset) };
}

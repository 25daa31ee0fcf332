import type { TopicRecord } from './topic-reader';

/** The records of one topic, and where each event id occurs in it. */
export class TopicIndex {
  readonly byId = new Map<string, TopicRecord[]>();
  /** Records whose value is not an envelope with an id (poison, markers). */
  readonly unreadable: TopicRecord[] = [];

  constructor(
    readonly topic: string,
    readonly records: TopicRecord[],
  ) {
    for (const record of records) {
      // A person's key (privacy.subject-keys) is no envelope: the relay's ce_id header names its row.
      const id = record.envelope?.id ?? record.headers.ce_id;
      if (typeof id !== 'string') {
        this.unreadable.push(record);
        continue;
      }
      const list = this.byId.get(id) ?? [];
      list.push(record);
      this.byId.set(id, list);
    }
  }

  /** Each event once, at its first occurrence, in partition and offset order. */
  firstOccurrences(): TopicRecord[] {
    return [...this.byId.values()].map((list) => list[0]);
  }

  /** Records beyond the first of their event id: what the relay published again. */
  redelivered(): number {
    let n = 0;
    for (const list of this.byId.values()) n += list.length - 1;
    return n;
  }
}

/** A dead letter: the failed record's origin, the consumer that gave up, and why. */
export interface DeadLetterRecord {
  record: TopicRecord;
  consumer?: string;
  reason?: string;
  originTopic?: string;
  originPartition?: number;
  originOffset?: bigint;
  eventId?: string;
}

export function deadLettersOf(index: TopicIndex): DeadLetterRecord[] {
  return index.records
    .filter((r) => !r.headers['dlq-redrive-of'])
    .map((record) => {
      const h = record.headers;
      return {
        record,
        consumer: h['dlq-consumer'],
        reason: h['dlq-reason'],
        originTopic: h['dlq-origin-topic'],
        originPartition: h['dlq-origin-partition'] ? Number(h['dlq-origin-partition']) : undefined,
        originOffset: h['dlq-origin-offset'] ? BigInt(h['dlq-origin-offset']) : undefined,
        eventId: h.ce_id ?? record.envelope?.id,
      };
    });
}

import type { ExpectedConsumer } from './expected-consumers';
import type { Findings } from './findings';
import type { InboxRow } from './service-databases';
import type { DeadLetterRecord, TopicIndex } from './topic-index';

export interface ApplicationFigures {
  /** Events a consumer group had to apply, summed over groups. */
  due: number;
  applied: number;
  /** Events a consumer gave up on and dead-lettered (each must be expected). */
  deadLettered: DeadLetterRecord[];
}

/**
 * From Kafka to each consumer's effect: every event on the group's topics of
 * a type it handles is in that consumer's inbox exactly once (the inbox row
 * commits with the effect), or in the dead-letter topic with the reason;
 * nothing is in an inbox that is not on one of the group's topics; and each
 * aggregate's events were applied in their topic order. A group over several
 * topics (one inbox for all) is checked as one: order is only promised within
 * a topic's partition, so aggregates are told apart by topic too.
 */
export function checkApplication(
  consumer: ExpectedConsumer,
  topics: TopicIndex[],
  inbox: InboxRow[],
  deadLetters: DeadLetterRecord[],
  findings: Findings,
): ApplicationFigures {
  const check = `${consumer.group} <- ${consumer.topics.join(', ')}`;
  const figures: ApplicationFigures = { due: 0, applied: 0, deadLettered: [] };
  const handled = new Map(inbox.map((row) => [row.eventId, row]));
  const byAggregate = new Map<string, InboxRow[]>();
  const dueIds = new Set<string>();
  for (const topic of topics) {
    const due = topic.firstOccurrences().filter((r) => consumer.types.includes(r.envelope!.type!));
    for (const record of due) {
      figures.due += 1;
      dueIds.add(record.envelope!.id!);
      const row = handled.get(record.envelope!.id!);
      if (!row) {
        const letter = deadLetters.find(
          (d) =>
            d.consumer === consumer.group &&
            (d.eventId === record.envelope!.id ||
              ((d.originTopic === undefined || d.originTopic === topic.topic) &&
                d.originPartition === record.partition &&
                d.originOffset === record.offset)),
        );
        if (letter) figures.deadLettered.push(letter);
        else
          findings.add(
            'lost',
            check,
            `${record.envelope!.type} ${record.envelope!.id} (${topic.topic} partition ${record.partition}, offset ${record.offset}) was never applied`,
          );
        continue;
      }
      figures.applied += 1;
      const key = `${topic.topic}|${record.key ?? ''}`;
      const list = byAggregate.get(key) ?? [];
      list.push(row);
      byAggregate.set(key, list);
    }
  }
  for (const row of inbox) {
    if (dueIds.has(row.eventId)) continue;
    if (!consumer.types.includes(row.eventType))
      findings.add(
        'checker-out-of-date',
        check,
        `${consumer.group} applies ${row.eventType}, which the checker's list does not name`,
      );
    else findings.add('doubled', check, `${row.eventId} is in the inbox but on none of its topics`);
  }
  // Topic order per aggregate (first occurrences are in offset order) must be handling order.
  for (const [aggregate, rows] of byAggregate)
    for (let i = 1; i < rows.length; i += 1)
      if (rows[i].processedAtUs <= rows[i - 1].processedAtUs)
        findings.add(
          'out-of-order',
          check,
          `${aggregate}: ${rows[i].eventType} ${rows[i].eventId} was applied before ${rows[i - 1].eventType} ${rows[i - 1].eventId}, which precedes it on the topic`,
        );
  return figures;
}

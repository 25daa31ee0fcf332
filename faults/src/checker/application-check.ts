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
 * From Kafka to each consumer's effect: every event on a topic of a type a
 * consumer handles is in that consumer's inbox exactly once (the inbox row
 * commits with the effect), or in the dead-letter topic with the reason;
 * nothing is in an inbox that is not on the topic; and each aggregate's
 * events were applied in their topic order.
 */
export function checkApplication(
  consumer: ExpectedConsumer,
  topic: TopicIndex,
  inbox: InboxRow[],
  deadLetters: DeadLetterRecord[],
  findings: Findings,
): ApplicationFigures {
  const check = `${consumer.group} <- ${consumer.topic}`;
  const figures: ApplicationFigures = { due: 0, applied: 0, deadLettered: [] };
  const handled = new Map(inbox.map((row) => [row.eventId, row]));
  const due = topic.firstOccurrences().filter((r) => consumer.types.includes(r.envelope!.type!));
  const byAggregate = new Map<string, InboxRow[]>();
  for (const record of due) {
    figures.due += 1;
    const row = handled.get(record.envelope!.id!);
    if (!row) {
      const letter = deadLetters.find(
        (d) =>
          d.consumer === consumer.group &&
          (d.eventId === record.envelope!.id ||
            (d.originPartition === record.partition && d.originOffset === record.offset)),
      );
      if (letter) figures.deadLettered.push(letter);
      else
        findings.add(
          'lost',
          check,
          `${record.envelope!.type} ${record.envelope!.id} (partition ${record.partition}, offset ${record.offset}) was never applied`,
        );
      continue;
    }
    figures.applied += 1;
    const key = record.key ?? '';
    const list = byAggregate.get(key) ?? [];
    list.push(row);
    byAggregate.set(key, list);
  }
  const dueIds = new Set(due.map((r) => r.envelope!.id!));
  for (const row of inbox) {
    if (dueIds.has(row.eventId)) continue;
    if (!consumer.types.includes(row.eventType))
      findings.add(
        'checker-out-of-date',
        check,
        `${consumer.group} applies ${row.eventType}, which the checker's list does not name`,
      );
    else findings.add('doubled', check, `${row.eventId} is in the inbox but not on the topic`);
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

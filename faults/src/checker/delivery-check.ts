import type { Findings } from './findings';
import type { OutboxRow } from './service-databases';
import type { ServiceName } from './expected-consumers';
import type { TopicIndex } from './topic-index';

export interface DeliveryFigures {
  /** Outbox rows that reached their topic. */
  published: number;
  /** Records that repeat an event already on the topic (the relay published it again). */
  redelivered: number;
  /** Aggregates whose events the checker compared for order. */
  aggregates: number;
}

/**
 * From the outbox to Kafka: every committed row (but a discarded one) is on
 * its topic, keyed by its aggregate, on one partition; nothing is on a
 * service's topic that its outbox does not hold; and each aggregate's events
 * appear (first occurrences) in the order of their outbox positions, which is
 * commit order.
 */
export function checkDelivery(
  service: ServiceName,
  outbox: OutboxRow[],
  topicOf: (contractTopic: string) => TopicIndex,
  ownTopic: string,
  findings: Findings,
): DeliveryFigures {
  const figures: DeliveryFigures = { published: 0, redelivered: 0, aggregates: 0 };
  const byAggregate = new Map<
    string,
    Array<{ row: OutboxRow; partition: number; offset: bigint }>
  >();
  const check = `${service} outbox -> ${ownTopic}`;
  for (const row of outbox) {
    const occurrences = topicOf(row.topic).byId.get(row.id) ?? [];
    if (row.discarded) {
      if (occurrences.length)
        findings.add('doubled', check, `discarded row ${row.id} is on the topic anyway`);
      continue;
    }
    if (occurrences.length === 0) {
      findings.add(
        'lost',
        check,
        `${row.eventType} ${row.id} of ${row.aggregateType} ${row.aggregateId} (position ${row.position}) never reached ${row.topic}${row.parked ? ' (parked)' : ''}`,
      );
      continue;
    }
    figures.published += 1;
    figures.redelivered += occurrences.length - 1;
    if (!row.published)
      findings.add(
        'lost',
        check,
        `${row.id} is on the topic but its row is still in the outbox queue`,
      );
    if (new Set(occurrences.map((o) => o.partition)).size > 1)
      findings.add('out-of-order', check, `${row.id} is on more than one partition`);
    if (occurrences.some((o) => o.key !== row.aggregateId))
      findings.add(
        'out-of-order',
        check,
        `${row.id} is not keyed by its aggregate ${row.aggregateId}`,
      );
    const key = `${row.aggregateType}:${row.aggregateId}`;
    const list = byAggregate.get(key) ?? [];
    list.push({ row, partition: occurrences[0].partition, offset: occurrences[0].offset });
    byAggregate.set(key, list);
  }

  // Nothing on the service's own topic that its outbox did not write.
  const written = new Set(outbox.map((r) => r.id));
  for (const record of topicOf(ownTopic).firstOccurrences())
    if (!written.has(record.envelope!.id!))
      findings.add('doubled', check, `${record.envelope!.id} on ${ownTopic} is in no outbox row`);

  for (const [aggregate, events] of byAggregate) {
    figures.aggregates += 1;
    events.sort((a, b) => (a.row.position < b.row.position ? -1 : 1));
    for (let i = 1; i < events.length; i += 1) {
      const before = events[i - 1];
      const after = events[i];
      if (before.partition !== after.partition)
        findings.add('out-of-order', check, `${aggregate} spans partitions`);
      else if (before.offset > after.offset)
        findings.add(
          'out-of-order',
          check,
          `${aggregate}: ${after.row.eventType} (position ${after.row.position}) is on the topic before ${before.row.eventType} (position ${before.row.position})`,
        );
    }
  }
  return figures;
}

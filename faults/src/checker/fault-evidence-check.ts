import type { Findings } from './findings';
import type { OutboxRow } from './service-databases';
import type { DeadLetterRecord, TopicIndex } from './topic-index';

export interface InjectedFaults {
  /** The key of the one poison record published among marketing's leads. */
  poisonKey?: string;
  /** The unpublishable outbox row and the row of the same aggregate that waited behind it. */
  parkedRow?: { service: string; id: string; waitingId: string };
  /** Rows that were on the wire when a relay was killed before marking them sent. */
  relayKillRows: Array<{ service: string; ids: string[] }>;
}

export interface FaultEvidence {
  poisonDeadLettered: boolean;
  parkedRowParkedAndDiscarded: boolean;
  waitingRowPublishedAfterDiscard: boolean;
  /** Of the rows in flight at a relay kill, how many are on their topic more than once. */
  relayKillRowsPublishedTwice: number;
  relayKillRows: number;
  unexpectedDeadLetters: number;
}

/**
 * That the injected faults happened as intended and left what they should:
 * the poison record in the dead-letter topic with a reason (and nothing
 * else there), the oversized row parked and then discarded with its
 * aggregate's next row published, the relay's in-flight rows on the topic twice.
 */
export function checkFaultEvidence(
  injected: InjectedFaults,
  marketing: TopicIndex,
  deadLetters: DeadLetterRecord[],
  outboxes: Record<string, OutboxRow[]>,
  topicOf: (contractTopic: string) => TopicIndex,
  findings: Findings,
): FaultEvidence {
  let poisonDeadLettered = false;
  let unexpected = 0;
  const poison = marketing.records.find((r) => r.key === injected.poisonKey);
  for (const letter of deadLetters) {
    const isPoison =
      poison !== undefined &&
      letter.originPartition === poison.partition &&
      letter.originOffset === poison.offset;
    if (isPoison && letter.reason) poisonDeadLettered = true;
    else {
      unexpected += 1;
      findings.add(
        'dead-letter',
        'dead letters',
        `unexpected dead letter from ${letter.consumer ?? '?'}: ${letter.reason ?? '(no reason)'} (${letter.eventId ?? 'unreadable'})`,
      );
    }
  }
  if (injected.poisonKey && !poisonDeadLettered)
    findings.add('dead-letter', 'poison event', 'the poison event is not in the dead-letter topic');

  let parkedOk = false;
  let waitingOk = false;
  if (injected.parkedRow) {
    const rows = outboxes[injected.parkedRow.service];
    const parked = rows.find((r) => r.id === injected.parkedRow!.id);
    const waiting = rows.find((r) => r.id === injected.parkedRow!.waitingId);
    parkedOk = Boolean(parked?.parked && parked.discarded && parked.lastError);
    waitingOk = Boolean(waiting?.published && topicOf(waiting.topic).byId.has(waiting.id));
    if (!parkedOk)
      findings.add(
        'parked',
        'parked row',
        `row ${injected.parkedRow.id} was not parked with a reason and discarded`,
      );
    if (!waitingOk)
      findings.add(
        'parked',
        'parked row',
        `row ${injected.parkedRow.waitingId} behind it was not published after the discard`,
      );
  }
  for (const [service, rows] of Object.entries(outboxes))
    for (const row of rows)
      if (row.parked && !row.discarded)
        findings.add(
          'parked',
          'parked rows',
          `${service} row ${row.id} is still parked: ${row.lastError}`,
        );

  let twice = 0;
  let inFlight = 0;
  for (const { service, ids } of injected.relayKillRows)
    for (const id of ids) {
      inFlight += 1;
      const row = outboxes[service].find((r) => r.id === id);
      if (row && (topicOf(row.topic).byId.get(id)?.length ?? 0) > 1) twice += 1;
    }
  return {
    poisonDeadLettered,
    parkedRowParkedAndDiscarded: parkedOk,
    waitingRowPublishedAfterDiscard: waitingOk,
    relayKillRowsPublishedTwice: twice,
    relayKillRows: inFlight,
    unexpectedDeadLetters: unexpected,
  };
}

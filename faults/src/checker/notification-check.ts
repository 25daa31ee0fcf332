import type { Findings } from './findings';
import type { InboxRow } from './service-databases';
import type { TopicIndex } from './topic-index';

export interface NotificationFigures {
  /** Alert events on the topics that the notification service applied. */
  alertEvents: number;
  /** Notification rows checked against their events. */
  notifications: number;
  /** Events whose recipients the contract names (price approvals), compared person by person. */
  recipientsCompared: number;
}

/** One (event, recipient) pair as the notification table holds it, with how many rows it has. */
export interface StoredNotification {
  sourceEventId: string;
  sourceEventType: string;
  recipientId: string;
  rows: number;
}

/**
 * Whom an event must tell, where its contract says so (EVENTS.md): a price
 * approval waits for the seller's sales managers (approverIds); its decision
 * goes back to the seller and whoever asked, but not to the one who decided.
 * Other alerts name their recipients less directly; for them the check is
 * "once each, and only for an applied event".
 */
const recipientsByContract: Record<string, (data: Record<string, unknown>) => string[]> = {
  'order.PriceApprovalRequested.v1': (d) => strings(d.approverIds),
  'order.PriceApprovalDecided.v1': (d) =>
    [...strings(d.sellerId), ...strings(d.requestedBy)].filter((id) => id !== d.decidedBy),
};

function strings(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is string => typeof v === 'string' && v.length > 0);
}

/**
 * The notification service's effect, counted where it lands: each alert
 * event it applied (its inbox row, notification.alerts) raised its
 * notifications exactly once per recipient; no notification exists for an
 * event it did not apply (or that is on no topic); and for the events whose
 * contract names the recipients, exactly those people were told.
 */
export function checkNotifications(
  alertTypes: string[],
  topics: TopicIndex[],
  inbox: InboxRow[],
  stored: StoredNotification[],
  findings: Findings,
): NotificationFigures {
  const check = 'alert events -> notifications';
  const applied = new Set(inbox.map((r) => r.eventId));
  const events = new Map<string, { type: string; data: Record<string, unknown> }>();
  for (const topic of topics)
    for (const record of topic.firstOccurrences()) {
      const { id, type, data } = record.envelope!;
      if (alertTypes.includes(type!) && applied.has(id!))
        events.set(id!, { type: type!, data: (data ?? {}) as Record<string, unknown> });
    }

  const figures: NotificationFigures = {
    alertEvents: events.size,
    notifications: 0,
    recipientsCompared: 0,
  };
  const told = new Map<string, Set<string>>();
  for (const n of stored) {
    figures.notifications += n.rows;
    if (n.rows > 1)
      findings.add(
        'doubled',
        check,
        `${n.sourceEventType} ${n.sourceEventId} notified ${n.recipientId} ${n.rows} times`,
      );
    const event = events.get(n.sourceEventId);
    if (!event) {
      findings.add(
        'doubled',
        check,
        `a notification of ${n.recipientId} stems from ${n.sourceEventType} ${n.sourceEventId}, which is no applied alert event`,
      );
      continue;
    }
    if (event.type !== n.sourceEventType)
      findings.add(
        'doubled',
        check,
        `a notification names ${n.sourceEventId} a ${n.sourceEventType}; on the topic it is a ${event.type}`,
      );
    const people = told.get(n.sourceEventId) ?? new Set<string>();
    people.add(n.recipientId);
    told.set(n.sourceEventId, people);
  }

  for (const [id, event] of events) {
    const named = recipientsByContract[event.type];
    if (!named) continue;
    figures.recipientsCompared += 1;
    const want = new Set(named(event.data));
    const have = told.get(id) ?? new Set<string>();
    for (const person of want)
      if (!have.has(person))
        findings.add('lost', check, `${event.type} ${id} never told ${person}`);
    for (const person of have)
      if (!want.has(person))
        findings.add('doubled', check, `${event.type} ${id} told ${person}, whom it does not name`);
  }
  return figures;
}

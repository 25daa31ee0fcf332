import { checkApplication } from '../application-check';
import { expectedConsumers } from '../expected-consumers';
import { Findings } from '../findings';
import { checkNotifications, type StoredNotification } from '../notification-check';
import type { InboxRow } from '../service-databases';
import { TopicIndex } from '../topic-index';
import type { TopicRecord } from '../topic-reader';

/** One consumer group over several topics, and the notifications it raises: each case plants one fault. */
const record = (
  topic: string,
  id: string,
  offset: number,
  type: string,
  key = 'a1',
  data: Record<string, unknown> = {},
): TopicRecord => ({
  topic,
  partition: 0,
  offset: BigInt(offset),
  key,
  headers: {},
  envelope: { id, type, subject: key, data },
  timestamp: 0,
});
const requested = 'order.PriceApprovalRequested.v1';
const decided = 'order.PriceApprovalDecided.v1';
const atRisk = 'account.AccountAtRisk.v1';
const alerts = {
  service: 'notification' as const,
  group: 'notification.alerts',
  topics: ['order.events.v1', 'account.events.v1'],
  types: [requested, decided, atRisk],
};
const orderTopic = new TopicIndex('order.events.v1', [
  record('order.events.v1', 'r1', 0, requested, 'p1', { approverIds: ['u-mgr', 'u-mgr2'] }),
  record('order.events.v1', 'x1', 1, 'order.OrderPlaced.v1', 'o1'),
  record('order.events.v1', 'd1', 2, decided, 'p1', {
    sellerId: 'u-rep',
    requestedBy: 'u-rep',
    decidedBy: 'u-mgr',
  }),
]);
// Same key as on the order topic: aggregates of different topics are not compared for order.
const accountTopic = new TopicIndex('account.events.v1', [
  record('account.events.v1', 'k1', 0, atRisk, 'p1'),
]);
const applied = (eventId: string, eventType: string, at: number): InboxRow => ({
  consumer: 'notification.alerts',
  eventId,
  eventType,
  processedAtUs: BigInt(at),
});
const cleanInbox = [
  applied('r1', requested, 1),
  applied('d1', decided, 3),
  applied('k1', atRisk, 2),
];

describe('the application check of one group over several topics', () => {
  const run = (rows: InboxRow[]) => {
    const findings = new Findings();
    const figures = checkApplication(alerts, [orderTopic, accountTopic], rows, [], findings);
    return { findings, figures };
  };

  it('passes every due event of every topic applied once, without calling the other topics’ rows doubled', () => {
    const { findings, figures } = run(cleanInbox);
    expect(findings.all).toEqual([]);
    expect(figures).toMatchObject({ due: 3, applied: 3 });
  });

  it('finds an event of the second topic never applied', () => {
    const { findings } = run(cleanInbox.filter((r) => r.eventId !== 'k1'));
    expect(findings.count('lost')).toBe(1);
    expect(findings.all[0].detail).toContain('account.events.v1');
  });

  it('finds an inbox row on none of the group’s topics, and a type the list does not name', () => {
    const { findings } = run([
      ...cleanInbox,
      applied('ghost', atRisk, 9),
      applied('x1', 'order.OrderPlaced.v1', 10),
    ]);
    expect(findings.count('doubled')).toBe(1);
    expect(findings.count('checker-out-of-date')).toBe(1);
  });

  it('finds an aggregate applied out of its topic order, within one topic', () => {
    const { findings } = run([
      applied('r1', requested, 5),
      applied('d1', decided, 4),
      applied('k1', atRisk, 1),
    ]);
    expect(findings.count('out-of-order')).toBe(1);
  });

  it('matches a dead letter by its origin topic, not only partition and offset', () => {
    const findings = new Findings();
    const letter = {
      record: record('order.events.v1.dlq', 'k1', 0, atRisk),
      consumer: 'notification.alerts',
      originTopic: 'order.events.v1',
      originPartition: 0,
      originOffset: 0n,
    };
    // k1 is at partition 0, offset 0 of the account topic, but the letter came from the order topic.
    const rows = cleanInbox.filter((r) => r.eventId !== 'k1' && r.eventId !== 'r1');
    const figures = checkApplication(alerts, [orderTopic, accountTopic], rows, [letter], findings);
    expect(figures.deadLettered).toHaveLength(1);
    expect(findings.count('lost')).toBe(1);
  });
});

describe('the notification check', () => {
  const clean: StoredNotification[] = [
    { sourceEventId: 'r1', sourceEventType: requested, recipientId: 'u-mgr', rows: 1 },
    { sourceEventId: 'r1', sourceEventType: requested, recipientId: 'u-mgr2', rows: 1 },
    { sourceEventId: 'd1', sourceEventType: decided, recipientId: 'u-rep', rows: 1 },
    { sourceEventId: 'k1', sourceEventType: atRisk, recipientId: 'u-am', rows: 1 },
  ];
  const run = (stored: StoredNotification[], inbox = cleanInbox) => {
    const findings = new Findings();
    const figures = checkNotifications(
      alerts.types,
      [orderTopic, accountTopic],
      inbox,
      stored,
      findings,
    );
    return { findings, figures };
  };

  it('passes each applied alert raising its notifications once, and counts them', () => {
    const { findings, figures } = run(clean);
    expect(findings.all).toEqual([]);
    expect(figures).toEqual({ alertEvents: 3, notifications: 4, recipientsCompared: 2 });
  });

  it('finds a notification stored twice for one event and recipient', () => {
    const { findings } = run(clean.map((n, i) => (i === 3 ? { ...n, rows: 2 } : n)));
    expect(findings.count('doubled')).toBe(1);
  });

  it('finds a notification of an event the service never applied', () => {
    const { findings } = run(
      clean,
      cleanInbox.filter((r) => r.eventId !== 'k1'),
    );
    expect(findings.count('doubled')).toBe(1);
    expect(findings.all[0].detail).toContain('k1');
  });

  it('finds an approver never told of a waiting approval', () => {
    const { findings } = run(clean.filter((n) => n.recipientId !== 'u-mgr2'));
    expect(findings.count('lost')).toBe(1);
    expect(findings.all[0].detail).toContain('u-mgr2');
  });

  it('finds the decider told of their own decision', () => {
    const { findings } = run([
      ...clean,
      { sourceEventId: 'd1', sourceEventType: decided, recipientId: 'u-mgr', rows: 1 },
    ]);
    expect(findings.count('doubled')).toBe(1);
  });
});

describe('the expected consumers', () => {
  it('name notification.alerts once, over every topic that carries a warning', () => {
    const groups = expectedConsumers.filter((c) => c.group === 'notification.alerts');
    expect(groups).toHaveLength(1);
    expect(groups[0].topics).toEqual(
      expect.arrayContaining([
        'lead.events.v1',
        'account.events.v1',
        'order.events.v1',
        'planning.events.v1',
      ]),
    );
    // Every type belongs to one of the group's topics (the first part of a type names its producer).
    for (const type of groups[0].types)
      expect(groups[0].topics).toContain(`${type.split('.')[0]}.events.v1`);
  });

  it('name each group once', () => {
    const groups = expectedConsumers.map((c) => c.group);
    expect(new Set(groups).size).toBe(groups.length);
  });
});

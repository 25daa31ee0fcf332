import { checkApplication } from '../application-check';
import { checkDelivery } from '../delivery-check';
import { Findings } from '../findings';
import type { InboxRow, OutboxRow } from '../service-databases';
import { TopicIndex } from '../topic-index';
import type { TopicRecord } from '../topic-reader';

/** The checks must be able to fail: each case below plants one fault in otherwise clean data. */
const row = (
  id: string,
  position: number,
  aggregateId = 'a1',
  type = 'lead.LeadContacted.v1',
): OutboxRow => ({
  id,
  position: BigInt(position),
  aggregateType: 'Lead',
  aggregateId,
  eventType: type,
  topic: 'lead.events.v1',
  published: true,
  parked: false,
  discarded: false,
  causationId: null,
  lastError: null,
});
const record = (
  id: string,
  offset: number,
  key = 'a1',
  type = 'lead.LeadContacted.v1',
): TopicRecord => ({
  topic: 'lead.events.v1',
  partition: 0,
  offset: BigInt(offset),
  key,
  headers: {},
  envelope: { id, type, subject: key },
  timestamp: 0,
});
const inbox = (eventId: string, at: number): InboxRow => ({
  consumer: 'account.lead-conversions',
  eventId,
  eventType: 'lead.LeadContacted.v1',
  processedAtUs: BigInt(at),
});
const consumer = {
  service: 'account' as const,
  group: 'account.lead-conversions',
  topics: ['lead.events.v1'],
  types: ['lead.LeadContacted.v1'],
};

function delivery(rows: OutboxRow[], records: TopicRecord[]): Findings {
  const findings = new Findings();
  const index = new TopicIndex('lead.events.v1', records);
  checkDelivery('lead', rows, () => index, 'lead.events.v1', findings);
  return findings;
}

describe('the delivery check', () => {
  const rows = [row('e1', 1), row('e2', 2), row('e3', 3, 'a2')];

  it('passes clean data, a republished row included', () => {
    const findings = delivery(rows, [
      record('e1', 0),
      record('e2', 1),
      record('e1', 2),
      record('e3', 3, 'a2'),
    ]);
    expect(findings.all).toEqual([]);
  });

  it('finds a row that never reached its topic', () => {
    expect(delivery(rows, [record('e1', 0), record('e3', 1, 'a2')]).count('lost')).toBe(1);
  });

  it('finds an aggregate whose events are on the topic out of position order', () => {
    const findings = delivery(rows, [record('e2', 0), record('e1', 1), record('e3', 2, 'a2')]);
    expect(findings.count('out-of-order')).toBe(1);
  });

  it('finds an event on the topic that no outbox row wrote, and one keyed wrongly', () => {
    const findings = delivery(rows, [
      record('e1', 0),
      record('e2', 1),
      record('e3', 2, 'a1'),
      record('x', 3),
    ]);
    expect(findings.count('doubled')).toBe(1);
    expect(findings.count('out-of-order')).toBe(1);
  });
});

describe('the application check', () => {
  const index = new TopicIndex('lead.events.v1', [
    record('e1', 0),
    record('e2', 1),
    record('e3', 2, 'a2'),
  ]);
  const run = (rows: InboxRow[]) => {
    const findings = new Findings();
    const figures = checkApplication(consumer, [index], rows, [], findings);
    return { findings, figures };
  };

  it('passes every due event applied once, in order', () => {
    const { findings, figures } = run([inbox('e1', 1), inbox('e2', 2), inbox('e3', 3)]);
    expect(findings.all).toEqual([]);
    expect(figures).toMatchObject({ due: 3, applied: 3 });
  });

  it('finds an event never applied, and one applied that is not on the topic', () => {
    const { findings } = run([inbox('e1', 1), inbox('e3', 3), inbox('ghost', 4)]);
    expect(findings.count('lost')).toBe(1);
    expect(findings.count('doubled')).toBe(1);
  });

  it('finds an aggregate applied out of its topic order', () => {
    expect(
      run([inbox('e1', 5), inbox('e2', 2), inbox('e3', 3)]).findings.count('out-of-order'),
    ).toBe(1);
  });

  it('counts a dead-lettered event as accounted for, not lost', () => {
    const findings = new Findings();
    const letter = {
      record: record('e2', 0),
      consumer: consumer.group,
      eventId: 'e2',
      reason: 'bad',
    };
    const figures = checkApplication(
      consumer,
      [index],
      [inbox('e1', 1), inbox('e3', 3)],
      [letter],
      findings,
    );
    expect(findings.all).toEqual([]);
    expect(figures.deadLettered).toHaveLength(1);
  });
});

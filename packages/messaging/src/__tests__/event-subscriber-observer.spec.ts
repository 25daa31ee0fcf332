import { createEnvelope, LeadConverted, LeadQualified } from '@salesgraph/events';
import type { DataSource } from 'typeorm';
import { on } from '../consumer/event-handler';
import { EventSubscriber } from '../consumer/event-subscriber';
import type { IncomingMessage, MessageBroker } from '../kafka/message';
import { silentLogger } from '../logger';
import type { MessagingObserver } from '../observability/messaging-observer';
import { TopicNamespace } from '../topic-namespace';

function subscriberReporting(
  failures: number,
  sendDeadLetter: () => Promise<void> = async () => undefined,
) {
  const reports: Array<{ what: string; [key: string]: unknown }> = [];
  const observer: Required<MessagingObserver> = {
    handled: (o) => void reports.push({ what: 'handled', ...o }),
    retrying: (o) => void reports.push({ what: 'retrying', ...o }),
    deadLettered: (o) => void reports.push({ what: 'deadLettered', ...o }),
    published: (o) => void reports.push({ what: 'published', ...o }),
  };
  let calls = 0;
  const subscriber = new EventSubscriber({
    groupId: 'test.observed',
    topics: ['lead.events.v1'],
    handlers: [
      on(LeadQualified, async () => {
        calls += 1;
        if (calls <= failures) throw new Error('not yet');
      }),
    ],
    broker: {} as MessageBroker,
    dataSource: {
      transaction: async (work: (manager: unknown) => Promise<unknown>) =>
        work({ query: async () => [{ event_id: 'x' }] }),
    } as unknown as DataSource,
    namespace: new TopicNamespace(''),
    deadLetterProducer: {
      connect: async () => undefined,
      disconnect: async () => undefined,
      send: sendDeadLetter,
      sendMany: async () => undefined,
    },
    logger: silentLogger,
    serviceName: 'test',
    retry: { attempts: 3, initialDelayMs: 1, maxDelayMs: 2 },
    observer,
  });
  return { subscriber, reports };
}

const message = (value: string): IncomingMessage => ({
  topic: 'lead.events.v1',
  partition: 0,
  offset: '1',
  key: 'lead-1',
  value: Buffer.from(value),
  headers: {},
  timestamp: '0',
});
const qualified = () =>
  JSON.stringify(
    createEnvelope(
      LeadQualified,
      { leadId: '8f0c1f8e-4a47-4c59-9d36-2a4c0e4b9a11', qualifiedAt: new Date().toISOString() },
      { source: 'salesgraph/lead', correlationId: 'c', actor: { type: 'system' } },
    ),
  );

describe('EventSubscriber reports to its observer (for metrics)', () => {
  it('each retry by cause, then the message handled with its type and time', async () => {
    const { subscriber, reports } = subscriberReporting(2);
    await subscriber.process(message(qualified()));
    expect(reports.map((r) => r.what)).toEqual(['retrying', 'retrying', 'handled']);
    expect(reports[0]).toMatchObject({ group: 'test.observed', transient: false });
    expect(reports[2]).toMatchObject({
      group: 'test.observed',
      topic: 'lead.events.v1',
      eventType: LeadQualified.type,
      outcome: 'handled',
    });
    expect(reports[2].seconds).toBeGreaterThanOrEqual(0);
  });

  it('a dead letter with its topic and kind, and the message as dead-lettered', async () => {
    const { subscriber, reports } = subscriberReporting(0);
    await subscriber.process(message('{ not json'));
    expect(reports).toEqual([
      {
        what: 'deadLettered',
        topic: 'lead.events.v1.dlq',
        kind: 'MALFORMED_JSON',
        group: 'test.observed',
      },
      expect.objectContaining({
        what: 'handled',
        outcome: 'dead-lettered',
        eventType: 'unreadable',
      }),
    ]);
  });

  it('no dead letter counted while the broker refuses it: the message is retried, not counted twice', async () => {
    let refusals = 1;
    const { subscriber, reports } = subscriberReporting(0, async () => {
      if (refusals-- > 0) throw new Error('broker unavailable');
    });
    await expect(subscriber.process(message('{ not json'))).rejects.toThrow('broker unavailable');
    expect(reports).toEqual([expect.objectContaining({ what: 'handled', outcome: 'failed' })]);
    await subscriber.process(message('{ not json'));
    expect(reports.filter((r) => r.what === 'deadLettered')).toHaveLength(1);
  });
});

describe("EventSubscriber reads a message's CloudEvents type header first", () => {
  const announcing = (value: string, type: string): IncomingMessage => ({
    ...message(value),
    headers: { ce_type: type },
  });

  it('ignores, unread, a message announcing an event nothing here handles', async () => {
    const { subscriber, reports } = subscriberReporting(0);
    // Not even JSON: had it been parsed, it would have been dead-lettered.
    await expect(subscriber.process(announcing('{ not json', LeadConverted.type))).resolves.toBe(
      'ignored',
    );
    expect(reports).toEqual([
      expect.objectContaining({
        what: 'handled',
        outcome: 'ignored',
        eventType: LeadConverted.type,
      }),
    ]);
  });

  it('reads and handles a message announcing a type handled here', async () => {
    const { subscriber } = subscriberReporting(0);
    await expect(subscriber.process(announcing(qualified(), LeadQualified.type))).resolves.toBe(
      'handled',
    );
  });

  it('reads a message announcing a type no contract knows, and goes by its value', async () => {
    const { subscriber } = subscriberReporting(0);
    await expect(subscriber.process(announcing(qualified(), 'com.example.other'))).resolves.toBe(
      'handled',
    );
    await expect(subscriber.process(announcing('{ not json', 'com.example.other'))).resolves.toBe(
      'dead-lettered',
    );
  });

  it('in a batch too: announced events nothing here handles are ignored unread', async () => {
    const { subscriber, reports } = subscriberReporting(0);
    await subscriber.processBatch([
      announcing('{ not json', LeadConverted.type),
      announcing(qualified(), LeadQualified.type),
    ]);
    expect(reports.map((r) => r.outcome)).toEqual(['ignored', 'handled']);
  });
});

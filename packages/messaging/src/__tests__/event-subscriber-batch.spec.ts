import { createEnvelope, LeadContacted, LeadDisqualified, LeadQualified } from '@salesgraph/events';
import type { DataSource } from 'typeorm';
import { on } from '../consumer/event-handler';
import { EventSubscriber } from '../consumer/event-subscriber';
import type { IncomingMessage, MessageBroker, OutgoingMessage } from '../kafka/message';
import { silentLogger } from '../logger';
import { TopicNamespace } from '../topic-namespace';

const leadId = '8f0c1f8e-4a47-4c59-9d36-2a4c0e4b9a11';
let offset = 0;

function message(value: object | string): IncomingMessage {
  offset += 1;
  return {
    topic: 'lead.events.v1',
    partition: 0,
    offset: String(offset),
    key: leadId,
    value: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)),
    headers: {},
    timestamp: '0',
  };
}

const context = {
  source: 'salesgraph/lead',
  correlationId: 'c',
  actor: { type: 'system' as const },
};
const qualified = () =>
  createEnvelope(LeadQualified, { leadId, qualifiedAt: new Date().toISOString() }, context);
const disqualified = () =>
  createEnvelope(
    LeadDisqualified,
    { leadId, reason: 'NO_BUDGET', disqualifiedAt: new Date().toISOString() },
    context,
  );

/** A subscriber whose transactions record what ran; the inbox knows the ids in `seen`. */
function subscriber(options: { failBatch?: boolean } = {}) {
  const trail: string[] = [];
  const deadLetters: OutgoingMessage[] = [];
  const seen = new Set<string>();
  const dataSource = {
    transaction: async (work: (manager: unknown) => Promise<unknown>) =>
      work({
        query: async (sql: string, params: unknown[]) => {
          if (sql.includes('unnest')) {
            const ids = params[1] as string[];
            const fresh = ids.filter((id) => !seen.has(id));
            return fresh.map((id) => ({ event_id: id }));
          }
          const id = params[1] as string;
          return seen.has(id) ? [] : [{ event_id: id }];
        },
      }),
  } as unknown as DataSource;
  const instance = new EventSubscriber({
    groupId: 'test.batch',
    topics: ['lead.events.v1'],
    handlers: [
      on(
        LeadQualified,
        async (event) => void trail.push(`one:${event.id}`),
        async (events) => {
          if (options.failBatch) throw new Error('one of them is bad');
          trail.push(`batch:${events.map((e) => e.event.id).join(',')}`);
        },
      ),
      on(LeadDisqualified, async (event) => void trail.push(`one:${event.id}`)),
    ],
    broker: {} as MessageBroker,
    dataSource,
    namespace: new TopicNamespace(''),
    deadLetterProducer: {
      connect: async () => undefined,
      disconnect: async () => undefined,
      send: async (_topic, messages) => void deadLetters.push(...messages),
      sendMany: async (batches) => void deadLetters.push(...batches.flatMap((b) => b.messages)),
    },
    logger: silentLogger,
    serviceName: 'test',
    retry: { attempts: 1, initialDelayMs: 1, maxDelayMs: 1 },
  });
  return { instance, trail, deadLetters, seen };
}

describe('EventSubscriber.processBatch', () => {
  it('hands runs of events to the batch handler, dead-letters invalid ones on the way, and keeps the others in their place', async () => {
    const { instance, trail, deadLetters } = subscriber();
    const [q1, q2, q3, q4] = [qualified(), qualified(), qualified(), qualified()];
    const d1 = disqualified();
    await instance.processBatch([
      message(q1),
      message('{ not json'),
      message(q2),
      message(d1),
      message(q3),
      message(q4),
    ]);
    expect(trail).toEqual([`batch:${q1.id},${q2.id}`, `one:${d1.id}`, `batch:${q3.id},${q4.id}`]);
    expect(deadLetters).toHaveLength(1);
    expect(deadLetters[0].headers?.['dlq-kind']).toBe('MALFORMED_JSON');
  });

  it('does not end a run at an event it has no handler for', async () => {
    const { instance, trail } = subscriber();
    const [q1, q2] = [qualified(), qualified()];
    const contacted = createEnvelope(
      LeadContacted,
      { leadId, ownerId: 'u-rep', contactedAt: new Date().toISOString() },
      context,
    );
    await instance.processBatch([message(q1), message(contacted), message(q2)]);
    expect(trail).toEqual([`batch:${q1.id},${q2.id}`]);
  });

  it('gives the batch handler each new event once: the inbox filters redeliveries and copies', async () => {
    const { instance, trail, seen } = subscriber();
    const [q1, q2] = [qualified(), qualified()];
    seen.add(q1.id);
    await instance.processBatch([message(q1), message(q2), message(q2)]);
    expect(trail).toEqual([`batch:${q2.id}`]);
  });

  it('falls back to one event at a time, in order, when the batch fails', async () => {
    const { instance, trail } = subscriber({ failBatch: true });
    const [q1, q2] = [qualified(), qualified()];
    await instance.processBatch([message(q1), message(q2)]);
    expect(trail).toEqual([`one:${q1.id}`, `one:${q2.id}`]);
  });
});

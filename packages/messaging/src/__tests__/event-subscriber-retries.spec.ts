import { createEnvelope, LeadQualified } from '@salesgraph/events';
import type { DataSource } from 'typeorm';
import { on } from '../consumer/event-handler';
import { EventSubscriber } from '../consumer/event-subscriber';
import type { IncomingMessage, MessageBroker, OutgoingMessage } from '../kafka/message';
import { silentLogger } from '../logger';
import { TopicNamespace } from '../topic-namespace';

const outage = () =>
  Object.assign(new Error('Connection terminated unexpectedly'), { code: '57P01' });

function subscriberWith(failures: Array<() => Error>) {
  const deadLetters: OutgoingMessage[] = [];
  let calls = 0;
  // The handler's transaction: the inbox insert succeeds, the handler fails as scripted.
  const dataSource = {
    transaction: async (work: (manager: unknown) => Promise<unknown>) =>
      work({ query: async () => [{ event_id: 'x' }] }),
  } as unknown as DataSource;
  const subscriber = new EventSubscriber({
    groupId: 'test.retries',
    topics: ['lead.events.v1'],
    handlers: [
      on(LeadQualified, async () => {
        const failure = failures[calls];
        calls += 1;
        if (failure) throw failure();
      }),
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
    retry: { attempts: 3, initialDelayMs: 1, maxDelayMs: 2 },
  });
  return { subscriber, deadLetters, calls: () => calls };
}

const message = (): IncomingMessage => ({
  topic: 'lead.events.v1',
  partition: 0,
  offset: '7',
  key: 'lead-1',
  value: Buffer.from(
    JSON.stringify(
      createEnvelope(
        LeadQualified,
        { leadId: '8f0c1f8e-4a47-4c59-9d36-2a4c0e4b9a11', qualifiedAt: new Date().toISOString() },
        { source: 'salesgraph/lead', correlationId: 'c', actor: { type: 'system' } },
      ),
    ),
  ),
  headers: {},
  timestamp: '0',
});

describe('EventSubscriber retries', () => {
  it('keeps separate budgets: a long outage does not use up the handler’s attempts', async () => {
    const failures = [...Array.from({ length: 10 }, () => outage), () => new Error('bad luck')];
    const { subscriber, deadLetters, calls } = subscriberWith(failures);
    await expect(subscriber.process(message())).resolves.toBe('handled');
    expect(calls()).toBe(12);
    expect(deadLetters).toHaveLength(0);
  });

  it('dead-letters after the handler’s own budget, whatever outages came between', async () => {
    const bad = () => new Error('the event cannot be applied');
    const { subscriber, deadLetters } = subscriberWith([bad, outage, bad, outage, bad]);
    await expect(subscriber.process(message())).resolves.toBe('dead-lettered');
    expect(deadLetters[0].headers?.['dlq-reason']).toBe(
      'after 3 attempts: the event cannot be applied',
    );
  });

  it('heartbeats while it waits, and gives the message up uncommitted when the group rebalances', async () => {
    const { subscriber, deadLetters } = subscriberWith(Array.from({ length: 50 }, () => outage));
    let beats = 0;
    const rebalancing = Object.assign(new Error('The group is rebalancing'), {
      type: 'REBALANCE_IN_PROGRESS',
    });
    const control = {
      heartbeat: async () => {
        beats += 1;
        if (beats === 5) throw rebalancing;
      },
    };
    await expect(subscriber.process(message(), control)).rejects.toBe(rebalancing);
    expect(beats).toBe(5);
    expect(deadLetters).toHaveLength(0);
  });
});

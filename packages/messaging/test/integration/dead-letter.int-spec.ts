import { randomUUID } from 'node:crypto';
import { createEnvelope, LeadQualified, Topics } from '@salesgraph/events';
import { collectMessages, waitFor } from '@salesgraph/testing';
import type { DataSource } from 'typeorm';
import { on } from '../../src';
import { MessagingFixture } from './messaging-fixture';

describe('dead-letter topic', () => {
  const fixture = new MessagingFixture();
  let db: DataSource;
  const handled: string[] = [];
  const poisonLead = randomUUID();

  beforeAll(async () => {
    await fixture.start();
    db = await fixture.database('dlq');
    await fixture.subscriber(
      db,
      'account.test-dlq',
      [Topics.lead],
      [
        on(LeadQualified, async (event) => {
          if (event.data.leadId === poisonLead) throw new Error('the database said no');
          handled.push(event.data.leadId);
        }),
      ],
    );
  });

  afterAll(() => fixture.stop());

  const envelope = (leadId: string) =>
    createEnvelope(
      LeadQualified,
      { leadId, qualifiedAt: new Date().toISOString() },
      {
        source: 'salesgraph/lead',
        correlationId: 'c-dlq',
        actor: { type: 'system' },
      },
    );

  it('routes malformed and invalid events to <topic>.dlq with reason and origin, and goes on with the next', async () => {
    const topic = fixture.namespace.resolve(Topics.lead);
    const dlq = await collectMessages(fixture.broker, `${topic}.dlq`);
    try {
      const invalid = {
        ...envelope(randomUUID()),
        data: { leadId: 'not-a-uuid', qualifiedAt: 'yesterday' },
      };
      const good = randomUUID();
      await fixture.producer.send(topic, [
        { key: 'k1', value: '{ this is not json' },
        { key: 'k1', value: JSON.stringify(invalid) },
        { key: 'k1', value: JSON.stringify({ hello: 'world' }) },
        { key: 'k1', value: JSON.stringify(envelope(good)) },
      ]);

      await waitFor(() => handled.includes(good), { what: 'the valid event after the bad ones' });
      await waitFor(() => dlq.messages.length >= 3, { what: 'three dead letters' });

      const [notJson, badData, noEnvelope] = dlq.messages;
      expect(notJson.headers['dlq-kind']).toBe('MALFORMED_JSON');
      expect(notJson.value?.toString()).toBe('{ this is not json');
      expect(badData.headers['dlq-kind']).toBe('INVALID_DATA');
      expect(badData.headers['dlq-reason']).toContain('leadId');
      expect(badData.headers['dlq-reason']).toContain('qualifiedAt');
      expect(noEnvelope.headers['dlq-kind']).toBe('INVALID_ENVELOPE');
      for (const message of dlq.messages) {
        expect(message.headers['dlq-origin-topic']).toBe(topic);
        expect(message.headers['dlq-origin-partition']).toMatch(/^\d+$/);
        expect(message.headers['dlq-origin-offset']).toMatch(/^\d+$/);
        expect(message.headers['dlq-consumer']).toBe('account.test-dlq');
      }
    } finally {
      await dlq.close();
    }
  });

  it('retries a failing handler with backoff, then dead-letters it and continues', async () => {
    const topic = fixture.namespace.resolve(Topics.lead);
    const dlq = await collectMessages(fixture.broker, `${topic}.dlq`);
    try {
      const poison = envelope(poisonLead);
      const after = randomUUID();
      await fixture.producer.send(topic, [
        { key: poisonLead, value: JSON.stringify(poison) },
        { key: poisonLead, value: JSON.stringify(envelope(after)) },
      ]);
      await waitFor(() => handled.includes(after), { what: 'the event after the poison one' });
      const dead = await waitFor(
        () => dlq.messages.find((m) => m.headers['dlq-kind'] === 'HANDLER_FAILED'),
        {
          what: 'the poison event on the DLQ',
        },
      );
      expect(dead.headers['dlq-reason']).toBe('after 3 attempts: the database said no');
      expect(dead.headers['dlq-attempts']).toBe('3');
      expect(JSON.parse(dead.value!.toString()).id).toBe(poison.id);
      // A failed attempt leaves no inbox row behind, so a replay from the DLQ would run it again.
      const inbox = await db.query(
        'SELECT count(*)::int AS n FROM inbox_message WHERE event_id = $1',
        [poison.id],
      );
      expect(inbox[0].n).toBe(0);
    } finally {
      await dlq.close();
    }
  });
});

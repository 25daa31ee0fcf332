import { randomUUID } from 'node:crypto';
import { createEnvelope, LeadQualified, Topics } from '@salesgraph/events';
import { collectMessages, waitFor } from '@salesgraph/testing';
import type { DataSource, EntityManager } from 'typeorm';
import { on } from '../../src';
import { MessagingFixture } from './messaging-fixture';

describe('batch consumption', () => {
  const fixture = new MessagingFixture();
  let db: DataSource;
  /** The sizes of the batches the batch handler was given (after the inbox filtered them). */
  const batches: number[] = [];
  const oneByOne: string[] = [];
  const poisonLead = randomUUID();

  const record = (manager: EntityManager, leadId: string) =>
    manager.query('INSERT INTO qualified (lead_id) VALUES ($1)', [leadId]);

  beforeAll(async () => {
    await fixture.start();
    db = await fixture.database('batch', ['CREATE TABLE qualified (lead_id uuid NOT NULL)']);
    await fixture.subscriber(
      db,
      'account.test-batch',
      [Topics.lead],
      [
        on(
          LeadQualified,
          async (event, { manager }) => {
            oneByOne.push(event.data.leadId);
            if (event.data.leadId === poisonLead) throw new Error('the database said no');
            await record(manager, event.data.leadId);
          },
          async (events, { manager }) => {
            batches.push(events.length);
            for (const { event } of events) {
              if (event.data.leadId === poisonLead) throw new Error('the database said no');
              await record(manager, event.data.leadId);
            }
          },
        ),
      ],
    );
  });

  afterAll(() => fixture.stop());

  const envelope = (leadId: string) =>
    createEnvelope(
      LeadQualified,
      { leadId, qualifiedAt: new Date().toISOString() },
      { source: 'salesgraph/lead', correlationId: 'c-batch', actor: { type: 'system' } },
    );

  const stored = async (leadIds: string[]) =>
    (
      await db.query('SELECT lead_id FROM qualified WHERE lead_id = ANY($1::uuid[])', [leadIds])
    ).map((r: { lead_id: string }) => r.lead_id) as string[];

  it('handles a fetch in one batch, dead-letters an invalid event in its middle, and skips a redelivered one', async () => {
    const topic = fixture.namespace.resolve(Topics.lead);
    const dlq = await collectMessages(fixture.broker, `${topic}.dlq`);
    try {
      const events = Array.from({ length: 40 }, () => envelope(randomUUID()));
      const invalid = { ...envelope(randomUUID()), data: { leadId: 'not-a-uuid' } };
      const messages = events.map((e) => ({ key: 'same-key', value: JSON.stringify(e) }));
      // One key: one partition, one fetch; the same event twice, and an invalid one in the middle.
      messages.splice(20, 0, { key: 'same-key', value: JSON.stringify(invalid) });
      messages.push({ key: 'same-key', value: JSON.stringify(events[3]) });
      await fixture.producer.send(topic, messages);

      const ids = events.map((e) => e.data.leadId);
      await waitFor(async () => (await stored(ids)).length >= ids.length, {
        what: 'the 40 valid events stored',
      });
      const dead = await waitFor(() => dlq.messages[0], {
        what: 'the invalid event dead-lettered',
      });
      expect(dead.headers['dlq-kind']).toBe('INVALID_DATA');
      expect(JSON.parse(dead.value!.toString()).id).toBe(invalid.id);
      expect(Math.max(...batches)).toBeGreaterThan(1);
      expect(oneByOne).toEqual([]);
      // The inbox tells the order they were handled in, within a batch too.
      const handled: Array<{ event_id: string }> = await db.query(
        `SELECT event_id FROM inbox_message WHERE event_id = ANY($1::uuid[])
          ORDER BY processed_at`,
        [events.map((e) => e.id)],
      );
      expect(handled.map((r) => r.event_id)).toEqual(events.map((e) => e.id));
      const [{ ties }] = await db.query(
        `SELECT count(*) - count(DISTINCT processed_at) AS ties FROM inbox_message
          WHERE event_id = ANY($1::uuid[])`,
        [events.map((e) => e.id)],
      );
      expect(Number(ties)).toBe(0);

      // Every event the batch path sent again (a redelivery after a crash before the commit of offsets).
      await fixture.producer.send(
        topic,
        events.map((e) => ({ key: 'same-key', value: JSON.stringify(e) })),
      );
      const marker = envelope(randomUUID());
      await fixture.producer.send(topic, [{ key: 'same-key', value: JSON.stringify(marker) }]);
      await waitFor(async () => (await stored([marker.data.leadId])).length === 1, {
        what: 'the event after the redelivered ones',
      });
      const rows = await stored(ids);
      expect(rows).toHaveLength(40);
      expect(new Set(rows).size).toBe(40);
    } finally {
      await dlq.close();
    }
  });

  it('falls back to one event at a time when a batch fails: the bad event is dead-lettered alone, the rest land once', async () => {
    const topic = fixture.namespace.resolve(Topics.lead);
    const dlq = await collectMessages(fixture.broker, `${topic}.dlq`);
    try {
      const before = randomUUID();
      const after = randomUUID();
      await fixture.producer.send(topic, [
        { key: 'k2', value: JSON.stringify(envelope(before)) },
        { key: 'k2', value: JSON.stringify(envelope(poisonLead)) },
        { key: 'k2', value: JSON.stringify(envelope(after)) },
      ]);
      await waitFor(async () => (await stored([after])).length === 1, {
        what: 'the event after the poison one',
      });
      const dead = await waitFor(
        () => dlq.messages.find((m) => m.headers['dlq-kind'] === 'HANDLER_FAILED'),
        { what: 'the poison event dead-lettered' },
      );
      expect(dead.headers['dlq-reason']).toBe('after 3 attempts: the database said no');
      expect(await stored([before, after])).toHaveLength(2);
      // The poison event went through the one-at-a-time path, with its retries.
      expect(oneByOne.filter((id) => id === poisonLead)).toHaveLength(3);
      const inbox = await db.query(
        'SELECT count(*)::int AS n FROM inbox_message WHERE consumer = $1',
        ['account.test-batch'],
      );
      // 40 + marker + before + after; the invalid and the poison events left no inbox row.
      expect(inbox[0].n).toBe(43);
    } finally {
      await dlq.close();
    }
  });
});

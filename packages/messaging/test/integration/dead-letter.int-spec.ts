import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { createEnvelope, LeadQualified, Topics } from '@salesgraph/events';
import { collectMessages, testInfrastructure, waitFor } from '@salesgraph/testing';
import type { DataSource } from 'typeorm';
import { createKafkaTopicAdmin, DeadLetterAdmin, on, silentLogger } from '../../src';
import { MessagingFixture } from './messaging-fixture';

describe('dead-letter topic', () => {
  const fixture = new MessagingFixture();
  let db: DataSource;
  const handled: string[] = [];
  const poisonLead = randomUUID();
  /** Until the cause is fixed, the poison event fails every time. */
  let causeFixed = false;

  beforeAll(async () => {
    await fixture.start();
    db = await fixture.database('dlq');
    await fixture.subscriber(
      db,
      'account.test-dlq',
      [Topics.lead],
      [
        on(LeadQualified, async (event) => {
          if (event.data.leadId === poisonLead && !causeFixed)
            throw new Error('the database said no');
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

  it('lists the dead letters, redrives one with its original key and headers, and records who and when', async () => {
    const topic = fixture.namespace.resolve(Topics.lead);
    const admin = createKafkaTopicAdmin({
      clientId: 'dlq-admin-test',
      brokers: testInfrastructure().kafkaBrokers,
      logger: silentLogger,
    });
    const letters = new DeadLetterAdmin(admin, fixture.producer, fixture.namespace);
    const origin = await collectMessages(fixture.broker, topic);
    try {
      const poison = await waitFor(
        async () =>
          (await letters.list(Topics.lead)).find(
            (l) => l.kind === 'HANDLER_FAILED' && l.key === poisonLead,
          ),
        { what: 'the poison event among the dead letters' },
      );
      expect(poison).toMatchObject({
        originTopic: topic,
        eventType: LeadQualified.type,
        consumer: 'account.test-dlq',
        reason: 'after 3 attempts: the database said no',
        redrives: [],
      });

      causeFixed = true;
      await letters.redrive(Topics.lead, poison.position, 'u-admin-ada');

      await waitFor(() => handled.includes(poisonLead), { what: 'the redriven event handled' });
      const resent = await waitFor(
        () => origin.messages.find((m) => m.headers['redriven-by'] === 'u-admin-ada'),
        { what: 'the redriven message on its topic' },
      );
      expect(resent.key).toBe(poisonLead);
      expect(resent.value?.toString()).toBe(poison.value?.toString());
      expect(resent.headers['redriven-at']).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(resent.headers['redriven-from']).toBe(`${topic}.dlq:${poison.position}`);
      expect(Object.keys(resent.headers).some((h) => h.startsWith('dlq-'))).toBe(false);

      const [after] = (await letters.list(Topics.lead)).filter(
        (l) => l.position === poison.position,
      );
      expect(after.redrives).toEqual([{ by: 'u-admin-ada', at: resent.headers['redriven-at'] }]);

      // The command line shows the same, through the built package.
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [path.join(__dirname, '../../dist/cli/dlq-cli.js'), 'list', Topics.lead],
        {
          env: {
            ...process.env,
            KAFKA_BROKERS: testInfrastructure().kafkaBrokers.join(','),
            KAFKA_TOPIC_PREFIX: fixture.namespace.prefix,
          },
        },
      );
      expect(stdout).toContain(`${poison.position} `);
      expect(stdout).toContain('HANDLER_FAILED');
      expect(stdout).toContain('by u-admin-ada');
    } finally {
      await origin.close();
      await admin.disconnect();
    }
  });
});

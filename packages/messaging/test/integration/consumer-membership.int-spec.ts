import { randomUUID } from 'node:crypto';
import { createEnvelope, LeadQualified, Topics } from '@salesgraph/events';
import { testInfrastructure, waitFor } from '@salesgraph/testing';
import type { DataSource } from 'typeorm';
import { createKafkaTopicAdmin, on, silentLogger, type TopicAdmin } from '../../src';
import { MessagingFixture } from './messaging-fixture';

/**
 * A database outage inside a handler lasts longer than the group's session
 * timeout (6 s). The consumer retries and heartbeats meanwhile: it stays the
 * same member of a stable group, and the event is applied once when the
 * database is back.
 */
describe('consumer membership during a long outage', () => {
  const fixture = new MessagingFixture();
  let db: DataSource;
  let admin: TopicAdmin;
  const groupId = 'planning.test-membership';
  const applied: string[] = [];
  let outageUntil = 0;

  beforeAll(async () => {
    await fixture.start();
    db = await fixture.database('membership');
    admin = createKafkaTopicAdmin({
      clientId: 'membership-test',
      brokers: testInfrastructure().kafkaBrokers,
      logger: silentLogger,
    });
    await fixture.subscriber(
      db,
      groupId,
      [Topics.lead],
      [
        on(LeadQualified, async (event) => {
          if (Date.now() < outageUntil)
            throw Object.assign(new Error('terminating connection due to administrator command'), {
              code: '57P01',
            });
          applied.push(event.id);
        }),
      ],
      // A failing handler would be dead-lettered after 3 attempts: the outage must not count.
      { attempts: 3, initialDelayMs: 100, maxDelayMs: 1_000 },
    );
  });

  afterAll(async () => {
    await admin.disconnect();
    await fixture.stop();
  });

  it('keeps its membership and applies the event once when the outage ends', async () => {
    const group = fixture.namespace.resolve(groupId);
    const before = await waitFor(
      async () => {
        const g = await admin.describeGroup(group);
        return g.state === 'Stable' && g.members.length === 1 && g;
      },
      { what: 'the consumer to join', timeoutMs: 30_000 },
    );

    outageUntil = Date.now() + 12_000;
    const event = createEnvelope(
      LeadQualified,
      { leadId: randomUUID(), qualifiedAt: new Date().toISOString() },
      { source: 'salesgraph/lead', correlationId: 'c-outage', actor: { type: 'system' } },
    );
    await fixture.producer.send(fixture.namespace.resolve(Topics.lead), [
      { key: event.subject, value: JSON.stringify(event) },
    ]);

    // Twice the session timeout, sampled: always the same member of a stable group.
    const samples: Array<{ state: string; members: string[] }> = [];
    while (Date.now() < outageUntil) {
      samples.push(await admin.describeGroup(group));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    expect(samples.length).toBeGreaterThan(8);
    for (const sample of samples) expect(sample).toEqual(before);

    await waitFor(() => applied.includes(event.id), { what: 'the event applied after the outage' });
    expect(applied.filter((id) => id === event.id)).toHaveLength(1);
    expect(await admin.describeGroup(group)).toEqual(before);
  });
});

import { randomUUID } from 'node:crypto';
import { createEnvelope, LeadQualified } from '@salesgraph/events';
import { randomId, testInfrastructure, waitFor } from '@salesgraph/testing';
import type { DataSource } from 'typeorm';
import {
  createKafkaTopicAdmin,
  DeadLetterAdmin,
  eraseDeadLetters,
  on,
  silentLogger,
  type TopicAdmin,
} from '../../src';
import { MessagingFixture } from './messaging-fixture';

/**
 * An intake topic that holds people in clear (marketing's leads,
 * docs/privacy.md): an erasure deletes what the consumer group has read, up
 * to its committed offsets, and the person's dead letters, on a real broker.
 */
describe('an intake topic cut up to what its consumers read', () => {
  const fixture = new MessagingFixture();
  let db: DataSource;
  let admin: TopicAdmin;
  const handled: string[] = [];
  const record = on(LeadQualified, async (event) => void handled.push(event.data.leadId));
  const envelope = (leadId: string) =>
    JSON.stringify(
      createEnvelope(
        LeadQualified,
        { leadId, qualifiedAt: new Date().toISOString() },
        { source: 'marketing/automation', correlationId: 'c-intake', actor: { type: 'system' } },
      ),
    );

  beforeAll(async () => {
    await fixture.start();
    db = await fixture.database('intake');
    admin = createKafkaTopicAdmin({
      clientId: 'intake-truncation-test',
      brokers: testInfrastructure().kafkaBrokers,
      logger: silentLogger,
    });
  }, 60_000);
  afterAll(async () => {
    await admin?.disconnect();
    await fixture.stop();
  });

  it('deletes the records the group has committed and keeps those it has not read', async () => {
    const intake = `intake.${randomId(6)}`;
    const topic = fixture.namespace.resolve(intake);
    const group = 'lead.intake-test';
    const subscriber = await fixture.subscriber(db, group, [intake], [record]);
    const read = Array.from({ length: 5 }, () => randomUUID());
    await fixture.producer.send(
      topic,
      read.map((id) => ({ key: id, value: envelope(id) })),
    );
    await waitFor(() => read.every((id) => handled.includes(id)), { what: 'five records read' });
    await subscriber.stop(); // commits what it read; what comes next is not read
    const unread = [randomUUID(), randomUUID()];
    await fixture.producer.send(
      topic,
      unread.map((id) => ({ key: id, value: envelope(id) })),
    );

    const cuts = await admin.deleteConsumedRecords(topic, [fixture.namespace.resolve(group)]);

    expect(cuts.reduce((sum, c) => sum + c.removed, 0)).toBe(5);
    const left = await admin.readAll(topic);
    expect(left.map((m) => m.key).sort()).toEqual([...unread].sort());
    for (const cut of cuts) {
      const range = (await admin.partitionRanges(topic)).find((r) => r.partition === cut.partition);
      expect(range?.low).toBe(cut.offset);
    }
    // Asked again (a second erasure), nothing more goes: the rest is still unread.
    expect(await admin.deleteConsumedRecords(topic, [fixture.namespace.resolve(group)])).toEqual(
      [],
    );
    // A group that never read the topic keeps everything.
    expect(
      await admin.deleteConsumedRecords(topic, [
        fixture.namespace.resolve(group),
        fixture.namespace.resolve('never.read'),
      ]),
    ).toEqual([]);
  });

  it('removes a person’s dead letters and keeps everyone else’s, with their redrives', async () => {
    const intake = `intake.${randomId(6)}`;
    const topic = fixture.namespace.resolve(intake);
    const subscriber = await fixture.subscriber(db, 'lead.intake-dlq', [intake], [record]);
    const email = `ann.${randomId(6)}@erasure.test`;
    const before = '{ "contact": "bob@elsewhere.test" ';
    const theirs = `{ "contact": "${email.toUpperCase()}" `;
    const after = '{ "contact": "cy@elsewhere.test" ';
    // One key: one partition, in this order (records not JSON: each is dead-lettered).
    await fixture.producer.send(
      topic,
      [before, theirs, after].map((value) => ({ key: 'mkt-1', value })),
    );
    const letters = new DeadLetterAdmin(admin, fixture.producer, fixture.namespace);
    await waitFor(async () => (await letters.list(intake)).length === 3, {
      what: 'three dead letters',
    });
    await subscriber.stop();
    const [bob] = await letters.list(intake);
    await letters.redrive(intake, bob.position, 'dpo');

    const erased = await eraseDeadLetters(
      letters,
      admin,
      fixture.producer,
      fixture.namespace,
      intake,
      (letter) => Boolean(letter.value?.toString().toLowerCase().includes(email)),
    );

    expect(erased).toMatchObject({ removed: 1, moved: 1 });
    const left = await letters.list(intake);
    expect(left.map((l) => l.value?.toString()).sort()).toEqual([before, after].sort());
    const moved = left.find((l) => l.value?.toString() === before)!;
    expect(moved.headers['dlq-moved-from']).toBe(bob.position);
    expect(moved.redrives).toEqual([{ by: 'dpo', at: expect.any(String) }]);
    expect(moved.kind).toBe('MALFORMED_JSON');
    const raw = await admin.readAll(fixture.namespace.deadLetter(intake));
    expect(raw.map((m) => m.value?.toString() ?? '').join('\n')).not.toContain(email.toUpperCase());
    // Nothing of theirs left: a second erasure moves and cuts nothing.
    expect(
      await eraseDeadLetters(letters, admin, fixture.producer, fixture.namespace, intake, (l) =>
        Boolean(l.value?.toString().toLowerCase().includes(email)),
      ),
    ).toMatchObject({ removed: 0, moved: 0, truncated: {} });
  });
});

import { randomUUID } from 'node:crypto';
import { LeadCaptured, LeadConverted, Topics, type LeadConvertedData } from '@salesgraph/events';
import { collectMessages, waitFor } from '@salesgraph/testing';
import type { DataSource } from 'typeorm';
import {
  auditHistory,
  EventSubscriber,
  on,
  silentLogger,
  SubjectKeyListener,
  SubjectKeys,
  SUBJECT_KEYS_TOPIC,
  type IncomingMessage,
} from '../../src';
import { MessagingFixture } from './messaging-fixture';

/**
 * Crypto-shredding end to end (docs/privacy.md): a person's name, e-mail and
 * phone are sealed with their own key in the outbox and on the topic; the key
 * travels on the compacted keys topic to the consuming service; erasure
 * destroys it, and the outbox history, the consumer, a replay into a fresh
 * database and the raw topics only ever yield the placeholder.
 */
describe('personal data sealed per person, erased by destroying the key', () => {
  const fixture = new MessagingFixture();
  let leadDb: DataSource;
  let accountDb: DataSource;
  const contacts = (db: DataSource, leadId: string) =>
    db.query('SELECT name, email, phone FROM contact_copy WHERE lead_id = $1', [leadId]);
  const ddl = ['CREATE TABLE contact_copy (lead_id uuid, name text, email text, phone text)'];
  const copyContact = on(LeadConverted, async (event, { manager }) => {
    const { contact } = event.data;
    await manager.query('INSERT INTO contact_copy VALUES ($1, $2, $3, $4)', [
      event.data.leadId,
      contact.name,
      contact.email ?? null,
      contact.phone ?? null,
    ]);
  });

  const listen = async (db: DataSource, groupId: string) => {
    const listener = new SubjectKeyListener({
      serviceName: 'account',
      broker: fixture.broker,
      dataSource: db,
      namespace: fixture.namespace,
      logger: silentLogger,
      groupId,
    });
    await listener.start();
    fixture.stops.push(() => listener.stop());
  };

  beforeAll(async () => {
    await fixture.start();
    await fixture.broker.ensureTopics([
      { topic: fixture.namespace.resolve(SUBJECT_KEYS_TOPIC), compacted: true },
      { topic: fixture.namespace.resolve(Topics.lead) },
    ]);
    leadDb = await fixture.database('lead');
    accountDb = await fixture.database('account', ddl);
    fixture.relay(leadDb, 'lead');
    await listen(accountDb, 'account.subject-keys');
    await fixture.subscriber(accountDb, 'account.lead-conversions', [Topics.lead], [copyContact]);
  }, 60_000);

  afterAll(() => fixture.stop());

  const person = { name: 'Ada Lovelace', email: 'ada@analytical.test', phone: '+44 20 7946 0018' };
  const readable = (text: string) =>
    text.includes('Ada Lovelace') || text.includes('ada@analytical') || text.includes('7946');

  const convert = (leadId: string) =>
    leadDb.transaction((manager) => {
      const data: LeadConvertedData = {
        leadId,
        accountId: randomUUID(),
        contactId: randomUUID(),
        opportunityId: randomUUID(),
        ownerId: 'u-rep-rita',
        company: { name: 'Analytical Engines Ltd', segment: 'SMALL' },
        contact: { ...person, title: 'Countess' },
        convertedAt: new Date().toISOString(),
      };
      return fixture.outbox('salesgraph/lead').append(manager, LeadConverted, data, {
        correlationId: 'corr-pd',
        actor: { type: 'user', id: 'u-rep-rita' },
      });
    });

  it('keeps the person readable to whom holds the key, and nowhere in clear', async () => {
    const leadId = randomUUID();
    const topic = await collectMessages(fixture.broker, fixture.namespace.resolve(Topics.lead));
    await convert(leadId);

    const [row] = await leadDb.query(
      `SELECT payload::text AS text FROM outbox_message WHERE aggregate_id = $1 AND event_type = $2`,
      [leadId, LeadConverted.type],
    );
    expect(readable(row.text)).toBe(false);
    expect(row.text).toContain('Analytical Engines Ltd'); // the company is not personal
    const [history] = await leadDb.transaction((m) => auditHistory(m, 'Lead', leadId));
    expect((history.data as LeadConvertedData).contact).toMatchObject(person);

    await waitFor(async () => (await contacts(accountDb, leadId)).length === 1, {
      what: 'the consumer opening the contact',
      timeoutMs: 30_000,
    });
    expect((await contacts(accountDb, leadId))[0]).toEqual(person);
    const published = topic.messages.filter((m) => m.key === leadId);
    expect(published).toHaveLength(1);
    expect(readable(published[0].value!.toString())).toBe(false);
    await topic.close();
  });

  it('after erasure, history, consumers, a replay and the topics yield only the placeholder', async () => {
    const leadId = randomUUID();
    await convert(leadId);
    await waitFor(async () => (await contacts(accountDb, leadId)).length === 1, {
      what: 'the first delivery',
      timeoutMs: 30_000,
    });

    const erased = await leadDb.transaction((m) =>
      fixture.outbox('salesgraph/lead').subjectKeys.erase(m, [leadId]),
    );
    expect(erased).toEqual([leadId]);
    const [history] = await leadDb.transaction((m) => auditHistory(m, 'Lead', leadId));
    // Each field as its contract accepts it erased: the optional e-mail is left out.
    expect((history.data as LeadConvertedData).contact).toEqual({
      name: 'erased',
      phone: 'erased',
      title: 'erased',
    });
    await waitFor(
      async () =>
        (
          await accountDb.query(
            'SELECT erased_at FROM privacy_subject_key WHERE subject_id = $1 AND key IS NULL',
            [leadId],
          )
        ).length === 1,
      { what: 'the tombstone reaching the consumer', timeoutMs: 30_000 },
    );

    // A replay into a fresh database learns the erasure from the keys topic and gets the placeholder.
    const replayDb = await fixture.database('replay', ddl);
    await listen(replayDb, `replay.subject-keys-${leadId}`);
    await fixture.subscriber(replayDb, `replay.leads-${leadId}`, [Topics.lead], [copyContact]);
    await waitFor(async () => (await contacts(replayDb, leadId)).length === 1, {
      what: 'the replayed conversion',
      timeoutMs: 30_000,
    });
    expect((await contacts(replayDb, leadId))[0]).toEqual({
      name: 'erased',
      email: null,
      phone: 'erased',
    });

    // Compaction removes the key itself from the keys topic (the cleaner runs every 15 s by default).
    const keysTopic = fixture.namespace.resolve(SUBJECT_KEYS_TOPIC);
    const keysOf = (messages: IncomingMessage[]) => messages.filter((m) => m.key === leadId);
    await waitFor(
      async () => {
        // A message of another key rolls the segment that holds the tombstone, so that it is cleaned.
        await fixture.producer.send(keysTopic, [{ key: `roll-${randomUUID()}`, value: null }]);
        const reader = await collectMessages(fixture.broker, keysTopic);
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        await reader.close();
        const mine = keysOf(reader.messages);
        return mine.length > 0 && mine.every((m) => m.value === null);
      },
      { what: 'the key compacted away, only its tombstone left', timeoutMs: 120_000 },
    );
  }, 180_000);

  it('learns a fetch of keys at once, ending where one at a time would: an erasure wins', async () => {
    const db = await fixture.database('learning');
    const keyOf = (owner: string, byte: number) => ({
      subjectId: 'unused',
      owner,
      key: Buffer.alloc(32, byte).toString('base64'),
    });
    const [kept, keyThenErased, erasedThenKey, erasedTwice] = ['kept', 'k-e', 'e-k', 'e-e'].map(
      (name) => `${name}-${randomUUID()}`,
    );
    await db.transaction((m) =>
      new SubjectKeys('account').learnMany(m, [
        { subjectId: kept, key: keyOf('lead', 1) },
        { subjectId: keyThenErased, key: keyOf('lead', 2) },
        { subjectId: erasedThenKey, key: null },
        { subjectId: kept, key: keyOf('order', 3) }, // a second key never replaces the first
        { subjectId: keyThenErased, key: null },
        { subjectId: erasedThenKey, key: keyOf('lead', 4) },
        { subjectId: erasedTwice, key: null },
        { subjectId: erasedTwice, key: null },
      ]),
    );
    const rows: Array<{ subject_id: string; owner: string; key: Buffer | null; erased: boolean }> =
      await db.query(
        `SELECT subject_id, owner, key, erased_at IS NOT NULL AS erased FROM privacy_subject_key
          WHERE subject_id = ANY($1::text[])`,
        [[kept, keyThenErased, erasedThenKey, erasedTwice]],
      );
    // Who issued an erased key no longer matters: only that the key is gone for good.
    const state = Object.fromEntries(
      rows.map((r) => [r.subject_id, r.erased ? 'erased' : `${r.owner}:${r.key?.[0]}`]),
    );
    expect(state).toEqual({
      [kept]: 'lead:1',
      [keyThenErased]: 'erased',
      [erasedThenKey]: 'erased',
      [erasedTwice]: 'erased',
    });
  });

  it('does not open, nor wait for the key of, a sealed event of a type it has no handler for', async () => {
    // No key listener on this database: it never learns a key, so opening would wait (keyWaitMs, 2 min).
    const db = await fixture.database('no-keys', ddl);
    const outcomes: Array<{ eventType: string; outcome: string }> = [];
    const ignoreCaptures = on(LeadCaptured, async () => undefined);
    await fixture.subscriber(
      db,
      `no-keys-${randomUUID()}`,
      [Topics.lead],
      [ignoreCaptures],
      undefined,
      { handled: ({ eventType, outcome }) => outcomes.push({ eventType, outcome }) },
    );
    await convert(randomUUID());
    await waitFor(async () => outcomes.some((o) => o.eventType === LeadConverted.type), {
      what: 'the sealed conversion passed by',
      timeoutMs: 20_000,
    });
    const conversions = outcomes.filter((o) => o.eventType === LeadConverted.type);
    expect(new Set(conversions.map((o) => o.outcome))).toEqual(new Set(['ignored']));
    expect(await db.query(`SELECT count(*)::int AS n FROM privacy_subject_key`)).toEqual([
      { n: 0 },
    ]);
  }, 60_000);

  it('opens the sealed events of a batch together, and sends them one at a time while a key is missing', async () => {
    const leadIds: string[] = [randomUUID(), randomUUID(), randomUUID()];
    const topic = await collectMessages(fixture.broker, fixture.namespace.resolve(Topics.lead));
    for (const leadId of leadIds) await convert(leadId);
    const messages = await waitFor(
      () => {
        const mine = topic.messages.filter((m) => leadIds.includes(m.key!));
        return mine.length === leadIds.length && mine;
      },
      { what: 'the three conversions on the topic', timeoutMs: 30_000 },
    );
    await topic.close();
    const known = async (db: DataSource) =>
      Number(
        (
          await db.query(
            `SELECT count(*)::int AS n FROM privacy_subject_key WHERE subject_id = ANY($1::text[])`,
            [leadIds],
          )
        )[0].n,
      );
    await waitFor(async () => (await known(accountDb)) === leadIds.length, {
      what: 'their keys learnt by the consuming side',
      timeoutMs: 30_000,
    });

    const batches: string[][] = [];
    const one: string[] = [];
    const copyInBatches = on(
      LeadConverted,
      async (event) => {
        one.push(event.data.contact.name);
      },
      async (events) => {
        batches.push(events.map(({ event }) => event.data.contact.name));
      },
    );
    const subscriberOn = (db: DataSource) =>
      new EventSubscriber({
        groupId: `opening-${randomUUID()}`,
        topics: [Topics.lead],
        handlers: [copyInBatches],
        broker: fixture.broker,
        dataSource: db,
        namespace: fixture.namespace,
        deadLetterProducer: fixture.producer,
        logger: silentLogger,
        serviceName: 'test',
        retry: { attempts: 1, initialDelayMs: 10, maxDelayMs: 10 },
        keyWaitMs: 200,
      });
    await subscriberOn(accountDb).processBatch(messages);
    expect(batches).toEqual([leadIds.map(() => person.name)]);
    expect(one).toEqual([]);

    // Where no key ever arrives, each event waits for its own, then goes to the dead-letter topic.
    const dlq = await collectMessages(
      fixture.broker,
      `${fixture.namespace.resolve(Topics.lead)}.dlq`,
    );
    const keyless = await fixture.database('keyless');
    batches.length = 0;
    await subscriberOn(keyless).processBatch(messages);
    expect(batches).toEqual([]);
    expect(one).toEqual([]);
    const dead = await waitFor(
      () => {
        const mine = dlq.messages.filter((m) => leadIds.includes(m.key!));
        return mine.length === leadIds.length && mine;
      },
      { what: 'the three dead-lettered', timeoutMs: 20_000 },
    );
    expect(new Set(dead.map((m) => m.headers['dlq-kind']))).toEqual(
      new Set(['PERSONAL_DATA_KEY_UNKNOWN']),
    );
    await dlq.close();
  }, 90_000);
});

import { randomUUID } from 'node:crypto';
import {
  createEnvelope,
  LeadConverted,
  LeadQualified,
  type LeadConvertedData,
} from '@salesgraph/events';
import type { DataSource } from 'typeorm';
import { auditHistory, ClearOutboxSealing, SubjectKeys } from '../../src';
import { MessagingFixture } from './messaging-fixture';

/**
 * Outbox rows written before sealing existed hold personal fields in clear
 * (docs/privacy.md): sealing them in place issues each person's key as
 * Outbox.append does, so erasure shreds an old history like a new one.
 */
describe('sealing the outbox rows written in clear before sealing', () => {
  const fixture = new MessagingFixture();
  let db: DataSource;
  const keys = new SubjectKeys('lead');
  const person = { name: 'Ada Lovelace', email: 'ada@analytical.test', phone: '+44 20 7946 0018' };
  const readable = (text: string) => /Ada Lovelace|ada@analytical|7946|Countess/.test(text);

  /** A row as Outbox.append wrote it before sealing: the envelope as it is, published. */
  const oldRow = async (definition: typeof LeadConverted | typeof LeadQualified, data: object) => {
    const envelope = createEnvelope(definition as typeof LeadConverted, data as never, {
      source: 'salesgraph/lead',
      correlationId: 'corr-old',
      actor: { type: 'user', id: 'u-rep-rita' },
    });
    await db.query(
      `INSERT INTO outbox_message (id, aggregate_type, aggregate_id, event_type, topic, payload, actor_id, correlation_id, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'u-rep-rita', 'corr-old', now())`,
      [
        envelope.id,
        definition.aggregateType,
        envelope.subject,
        envelope.type,
        definition.topic,
        JSON.stringify(envelope),
      ],
    );
    return envelope;
  };
  const converted = (leadId: string): LeadConvertedData => ({
    leadId,
    accountId: randomUUID(),
    contactId: randomUUID(),
    opportunityId: randomUUID(),
    ownerId: 'u-rep-rita',
    company: { name: 'Analytical Engines Ltd', segment: 'SMALL' },
    contact: { ...person, title: 'Countess' },
    convertedAt: new Date().toISOString(),
  });
  const rowsOf = (leadId: string) =>
    db.query(
      `SELECT event_type, payload::text AS text,
              EXISTS (SELECT 1 FROM outbox_pending q WHERE q.position = m.position) AS queued
         FROM outbox_message m WHERE aggregate_id = $1 ORDER BY position`,
      [leadId],
    );

  beforeAll(async () => {
    await fixture.start();
    db = await fixture.database('sealing');
  }, 60_000);
  afterAll(() => fixture.stop());

  it('seals them in place, issues and publishes the key, and leaves history readable', async () => {
    const leadId = randomUUID();
    await oldRow(LeadQualified, { leadId, qualifiedAt: new Date().toISOString() });
    await oldRow(LeadConverted, converted(leadId));
    expect(readable(JSON.stringify(await rowsOf(leadId)))).toBe(true);

    const result = await new ClearOutboxSealing(db, keys).run({ batchSize: 1 });

    expect(result.sealed).toBe(1);
    const rows = await rowsOf(leadId);
    expect(rows.map((r: { text: string }) => readable(r.text))).toEqual([false, false, false]);
    // The key: issued to this service, and an outbox row that the relay publishes on the keys topic.
    const [key] = await db.query(
      `SELECT owner, key IS NOT NULL AS has_key FROM privacy_subject_key WHERE subject_id = $1`,
      [leadId],
    );
    expect(key).toEqual({ owner: 'lead', has_key: true });
    // Rows inserted as published never queue; the key's row waits for the relay.
    expect(rows.map((r: { queued: boolean }) => r.queued)).toEqual([false, false, true]);
    expect(rows[2]).toMatchObject({ event_type: 'privacy.SubjectKeyIssued' });
    const conversion = (await db.transaction((m) => auditHistory(m, 'Lead', leadId))).find(
      (e) => e.eventType === LeadConverted.type,
    );
    expect((conversion!.data as LeadConvertedData).contact).toEqual({
      ...person,
      title: 'Countess',
    });
  });

  it('seals nothing twice: a second run changes nothing, and a run resumes after a position', async () => {
    const leadId = randomUUID();
    await oldRow(LeadConverted, converted(leadId));
    const first = await new ClearOutboxSealing(db, keys).run();
    expect(first.sealed).toBe(1); // the rows of the test before are sealed already
    const sealedText = (await rowsOf(leadId))[0].text;

    const again = await new ClearOutboxSealing(db, keys).run();
    expect(again).toMatchObject({ sealed: 0, examined: first.examined });
    expect((await rowsOf(leadId))[0].text).toBe(sealedText);

    // A row written in clear later is reached by a run resumed after the last position seen.
    const later = randomUUID();
    await oldRow(LeadConverted, converted(later));
    const resumed = await new ClearOutboxSealing(db, keys).run({ after: first.lastPosition! });
    expect(resumed).toMatchObject({ sealed: 1, examined: 1 });
  });

  it('makes an old history shred with the key: erasure leaves only placeholders', async () => {
    const leadId = randomUUID();
    await oldRow(LeadConverted, converted(leadId));
    await new ClearOutboxSealing(db, keys).run();

    await db.transaction((m) => keys.erase(m, [leadId]));

    const rows = await rowsOf(leadId);
    for (const row of rows) expect(readable(row.text)).toBe(false);
    const [conversion] = await db.transaction((m) => auditHistory(m, 'Lead', leadId));
    expect((conversion.data as LeadConvertedData).contact).toEqual({
      name: 'erased',
      phone: 'erased',
      title: 'erased',
    });
  });

  it('writes an erased person’s old rows as erased, with no key issued', async () => {
    const leadId = randomUUID();
    await oldRow(LeadConverted, converted(leadId));
    await db.transaction((m) => keys.erase(m, [leadId])); // erased before the sealing ran

    const result = await new ClearOutboxSealing(db, keys).run();

    expect(result.sealed).toBe(1);
    const rows = await rowsOf(leadId);
    expect(rows).toHaveLength(1);
    expect(readable(rows[0].text)).toBe(false);
    expect(JSON.parse(rows[0].text).data.contact.name).toBe('erased');
  });
});

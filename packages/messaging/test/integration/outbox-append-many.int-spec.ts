import { randomUUID } from 'node:crypto';
import { LeadQualified, type LeadQualifiedData } from '@salesgraph/events';
import type { DataSource } from 'typeorm';
import { MessagingFixture } from './messaging-fixture';

/**
 * Outbox.appendMany writes a batch's events in one statement (the lead
 * intake's hundreds at a time): each row as append would write it, in the
 * order given, whatever characters the payload holds.
 */
describe('appending many events to the outbox at once', () => {
  const fixture = new MessagingFixture();
  let db: DataSource;

  beforeAll(async () => {
    await fixture.start();
    db = await fixture.database('append_many');
  }, 60_000);
  afterAll(() => fixture.stop());

  const context = {
    correlationId: 'corr-many',
    actor: { type: 'user' as const, id: 'u-rep-rita' },
  };
  // What JSON, an array literal or SQL could each take for syntax.
  const awkward = 'say "hi" \\ back\\slash, {braces}, \'quote\', ünïcödé 😀, NULL';

  it('stores every row with its columns and payload, in the order given', async () => {
    const [first, second] = [randomUUID(), randomUUID()];
    const data: LeadQualifiedData[] = [
      { leadId: first, externalId: awkward, qualifiedAt: new Date().toISOString() },
      { leadId: second, qualifiedAt: new Date().toISOString() },
      { leadId: first, externalId: 'again', qualifiedAt: new Date().toISOString() },
    ];
    const envelopes = await db.transaction((manager) =>
      fixture.outbox('salesgraph/lead').appendMany(
        manager,
        data.map((d) => ({ definition: LeadQualified, data: d, context })),
      ),
    );

    const rows: Array<Record<string, unknown>> = await db.query(
      `SELECT id::text, aggregate_type, aggregate_id, event_type, topic, payload, actor_id, correlation_id
         FROM outbox_message WHERE id = ANY($1::uuid[]) ORDER BY position`,
      [envelopes.map((e) => e.id)],
    );
    expect(rows.map((r) => r.id)).toEqual(envelopes.map((e) => e.id));
    expect(rows.map((r) => r.aggregate_id)).toEqual([first, second, first]);
    for (const [i, row] of rows.entries()) {
      expect(row).toMatchObject({
        aggregate_type: LeadQualified.aggregateType,
        event_type: LeadQualified.type,
        topic: LeadQualified.topic,
        actor_id: 'u-rep-rita',
        correlation_id: 'corr-many',
      });
      expect(row.payload).toEqual(JSON.parse(JSON.stringify(envelopes[i])));
    }
    expect((rows[0].payload as { data: LeadQualifiedData }).data.externalId).toBe(awkward);
  });

  it('stores nothing when the transaction rolls back', async () => {
    const leadId = randomUUID();
    await expect(
      db.transaction(async (manager) => {
        await fixture.outbox('salesgraph/lead').appendMany(manager, [
          {
            definition: LeadQualified,
            data: { leadId, qualifiedAt: new Date().toISOString() },
            context,
          },
        ]);
        throw new Error('the change failed after its events were appended');
      }),
    ).rejects.toThrow('the change failed');
    const [{ n }] = await db.query(
      'SELECT count(*)::int AS n FROM outbox_message WHERE aggregate_id = $1',
      [leadId],
    );
    expect(n).toBe(0);
  });
});

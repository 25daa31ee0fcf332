import { randomUUID } from 'node:crypto';
import { LeadQualified, Topics, type LeadQualifiedData } from '@salesgraph/events';
import { collectMessages, stillTrueAfter, waitFor } from '@salesgraph/testing';
import type { DataSource } from 'typeorm';
import { on, OutboxMessage } from '../../src';
import { MessagingFixture } from './messaging-fixture';

/**
 * The outbox contract end to end, against a real PostgreSQL and Kafka: a
 * "lead" service writes state and event in one transaction, a "planning"
 * service consumes it with the inbox.
 */
describe('outbox -> Kafka -> inbox', () => {
  const fixture = new MessagingFixture();
  let producerDb: DataSource;
  let consumerDb: DataSource;
  const handled: string[] = [];

  beforeAll(async () => {
    await fixture.start();
    producerDb = await fixture.database('producer', [
      'CREATE TABLE lead_state (id uuid PRIMARY KEY, status text NOT NULL)',
    ]);
    consumerDb = await fixture.database('consumer', [
      'CREATE TABLE qualified_lead (lead_id uuid NOT NULL, event_id uuid NOT NULL)',
    ]);
    fixture.relay(producerDb, 'producer');
    await fixture.subscriber(
      consumerDb,
      'planning.test-leads',
      [Topics.lead],
      [
        on(LeadQualified, async (event, { manager }) => {
          handled.push(event.id);
          await manager.query('INSERT INTO qualified_lead (lead_id, event_id) VALUES ($1, $2)', [
            event.data.leadId,
            event.id,
          ]);
        }),
      ],
    );
  });

  afterAll(() => fixture.stop());

  const qualify = (leadId: string, fail = false) =>
    producerDb.transaction(async (manager) => {
      await manager.query('INSERT INTO lead_state (id, status) VALUES ($1, $2)', [
        leadId,
        'QUALIFIED',
      ]);
      const data: LeadQualifiedData = { leadId, qualifiedAt: new Date().toISOString() };
      const envelope = await fixture
        .outbox('salesgraph/lead')
        .append(manager, LeadQualified, data, {
          correlationId: 'corr-1',
          actor: { type: 'user', id: 'u-rep-rita' },
        });
      if (fail) throw new Error('business rule failed after the event was written');
      return envelope;
    });

  /** Whether the row still waits in the relay's queue (OutboxPendingQueue). */
  const queued = async (id: string): Promise<boolean> => {
    const [row] = await producerDb.query(
      `SELECT EXISTS (SELECT 1 FROM outbox_pending q JOIN outbox_message m USING (position)
                       WHERE m.id = $1) AS queued`,
      [id],
    );
    return row.queued;
  };

  const effects = async (leadId: string) =>
    Number(
      (
        await consumerDb.query('SELECT count(*)::int AS n FROM qualified_lead WHERE lead_id = $1', [
          leadId,
        ])
      )[0].n,
    );

  it('delivers an event written in a transaction to the other service exactly once', async () => {
    const leadId = randomUUID();
    const envelope = await qualify(leadId);

    await waitFor(async () => (await effects(leadId)) === 1, { what: 'the consumer effect' });
    const row = await producerDb.getRepository(OutboxMessage).findOneByOrFail({ id: envelope.id });
    expect(await queued(envelope.id)).toBe(false);
    expect(row.actorId).toBe('u-rep-rita');
    expect(await stillTrueAfter(500, async () => (await effects(leadId)) === 1)).toBe(true);
  });

  it('has no second effect when the same event is delivered twice', async () => {
    const leadId = randomUUID();
    const envelope = await qualify(leadId);
    await waitFor(async () => (await effects(leadId)) === 1, { what: 'the first delivery' });

    // Redelivery as after a relay crash between publish and mark: the row queued again.
    await producerDb.query(
      'INSERT INTO outbox_pending (position) SELECT position FROM outbox_message WHERE id = $1',
      [envelope.id],
    );
    await waitFor(async () => !(await queued(envelope.id)), { what: 'the second publication' });
    // And once more straight from another producer, byte for byte.
    await fixture.producer.send(fixture.namespace.resolve(Topics.lead), [
      { key: leadId, value: JSON.stringify(envelope) },
    ]);

    await waitFor(() => handled.filter((id) => id === envelope.id).length >= 1, {
      what: 'handling',
    });
    expect(await stillTrueAfter(1_000, async () => (await effects(leadId)) === 1)).toBe(true);
    const inbox = await consumerDb.query(
      'SELECT count(*)::int AS n FROM inbox_message WHERE event_id = $1',
      [envelope.id],
    );
    expect(inbox[0].n).toBe(1);
  });

  it('publishes nothing when the transaction rolls back', async () => {
    const leadId = randomUUID();
    const collector = await collectMessages(fixture.broker, fixture.namespace.resolve(Topics.lead));
    try {
      await expect(qualify(leadId, true)).rejects.toThrow('business rule failed');
      const rows = await producerDb.query(
        `SELECT count(*)::int AS n FROM outbox_message WHERE payload->'data'->>'leadId' = $1`,
        [leadId],
      );
      expect(rows[0].n).toBe(0);
      // A later committed event arrives; the rolled-back one never does.
      const marker = randomUUID();
      await qualify(marker);
      await waitFor(() => collector.messages.some((m) => m.key === marker), {
        what: 'the marker event',
      });
      expect(collector.messages.some((m) => m.key === leadId)).toBe(false);
      expect(await effects(leadId)).toBe(0);
    } finally {
      await collector.close();
    }
  });

  it('publishes one aggregate’s events in the order they were written', async () => {
    const leadId = randomUUID();
    const ids: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const envelope = await producerDb.transaction((manager) =>
        fixture.outbox('salesgraph/lead').append(
          manager,
          LeadQualified,
          { leadId, qualifiedAt: new Date(Date.now() + i).toISOString() },
          {
            correlationId: `corr-order-${i}`,
            actor: { type: 'system' },
          },
        ),
      );
      ids.push(envelope.id);
    }
    await waitFor(() => ids.every((id) => handled.includes(id)), { what: 'all 20 events' });
    expect(handled.filter((id) => ids.includes(id))).toEqual(ids);
  });
});

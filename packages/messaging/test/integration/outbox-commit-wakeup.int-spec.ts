import { randomUUID } from 'node:crypto';
import { LeadQualified, Topics } from '@salesgraph/events';
import { collectMessages, waitFor } from '@salesgraph/testing';
import type { DataSource } from 'typeorm';
import { OutboxRelay, silentLogger } from '../../src';
import { MessagingFixture } from './messaging-fixture';

/**
 * The relay is woken by commits (LISTEN/NOTIFY), not by its poll: with the
 * safety poll at a minute, a committed row still goes out at once, also after
 * the listening connection was lost and opened again.
 */
describe('outbox relay woken by commits', () => {
  const fixture = new MessagingFixture();
  let db: DataSource;
  let relay: OutboxRelay;
  const topic = () => fixture.namespace.resolve(Topics.lead);

  beforeAll(async () => {
    await fixture.start();
    db = await fixture.database('wakeup');
    await fixture.broker.ensureTopics([{ topic: topic() }]);
    relay = new OutboxRelay({
      dataSource: db,
      producer: fixture.producer,
      namespace: fixture.namespace,
      logger: silentLogger,
      lockName: 'wakeup-test',
      pollIntervalMs: 60_000,
    });
    relay.start();
    fixture.stops.push(() => relay.stop());
    // Its first round (which takes the lock) is done once it listens and sleeps.
    await waitFor(() => relay.status().leader && relay.status().listening, {
      what: 'the relay to lead and listen',
    });
  });

  afterAll(() => fixture.stop());

  const commitEvent = async (leadId: string) =>
    db.transaction((manager) =>
      fixture
        .outbox('salesgraph/lead')
        .append(
          manager,
          LeadQualified,
          { leadId, qualifiedAt: new Date().toISOString() },
          { correlationId: 'wakeup', actor: { type: 'system' } },
        ),
    );

  const publishedWithin = async (leadId: string, ms: number) => {
    const collector = await collectMessages(fixture.broker, topic());
    try {
      const committed = Date.now();
      await commitEvent(leadId);
      await waitFor(() => collector.messages.some((m) => m.key === leadId), {
        what: `the event of ${leadId} on Kafka`,
        timeoutMs: ms,
        intervalMs: 20,
      });
      return Date.now() - committed;
    } finally {
      await collector.close();
    }
  };

  it('publishes a committed row within 2 s while the safety poll is a minute away', async () => {
    // A second one too: the first round after a wake-up must not leave the relay deaf.
    expect(await publishedWithin(randomUUID(), 2_000)).toBeLessThan(2_000);
    expect(await publishedWithin(randomUUID(), 2_000)).toBeLessThan(2_000);
  });

  it('listens again after its connection is lost, and publishes promptly once back', async () => {
    const listeners = async (): Promise<number[]> =>
      (
        await db.query(
          `SELECT pid FROM pg_stat_activity
            WHERE datname = current_database() AND query = 'LISTEN outbox_message'`,
        )
      ).map((r: { pid: number }) => r.pid);
    const [before] = await listeners();
    expect(before).toBeDefined();
    await db.query('SELECT pg_terminate_backend($1)', [before]);
    const after = await waitFor(
      async () => {
        const pids = await listeners();
        return pids.length === 1 && pids[0] !== before && relay.status().listening && pids[0];
      },
      { what: 'a new listening connection', timeoutMs: 10_000 },
    );
    expect(after).not.toBe(before);
    expect(await publishedWithin(randomUUID(), 2_000)).toBeLessThan(2_000);
  });
});

import { randomUUID } from 'node:crypto';
import { LeadQualified, Topics } from '@salesgraph/events';
import { collectMessages, stillTrueAfter, waitFor } from '@salesgraph/testing';
import type { DataSource, QueryRunner } from 'typeorm';
import {
  OutboxRelay,
  ParkedOutbox,
  silentLogger,
  type OutgoingMessage,
  type TopicMessages,
} from '../../src';
import { MessagingFixture } from './messaging-fixture';

/**
 * The outbox guarantees that need concurrency and a refusing broker to show:
 * order fixed at commit, parked poison rows, and leadership that is checked.
 */
describe('outbox order, parking and leadership', () => {
  const fixture = new MessagingFixture();
  let db: DataSource;
  const topic = () => fixture.namespace.resolve(Topics.lead);

  beforeAll(async () => {
    await fixture.start();
    db = await fixture.database('order');
    await fixture.broker.ensureTopics([{ topic: topic() }]);
  });

  afterAll(() => fixture.stop());

  const qualified = (manager: QueryRunner['manager'], leadId: string, marker: string) =>
    fixture
      .outbox('salesgraph/lead')
      .append(
        manager,
        LeadQualified,
        { leadId, qualifiedAt: new Date().toISOString() },
        { correlationId: marker, actor: { type: 'system' } },
      );

  const openTransaction = async () => {
    const runner = db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    return runner;
  };

  /** The lead's events as the relay published them, by correlation id. */
  const publishedOrder = async (
    collector: Awaited<ReturnType<typeof collectMessages>>,
    leadId: string,
    count: number,
  ) => {
    const mine = await waitFor(
      () => {
        const found = collector.messages.filter((m) => m.key === leadId);
        return found.length === count && found;
      },
      { what: `${count} events of the lead` },
    );
    return mine.map((m) => JSON.parse(m.value!.toString()).correlationid as string);
  };

  const rowOf = async (runner: QueryRunner, marker: string) => {
    const [row] = await runner.query(
      'SELECT position, position_final FROM outbox_message WHERE correlation_id = $1',
      [marker],
    );
    return row as { position: string; position_final: boolean };
  };

  it('draws a position once, at insert, when no other open transaction writes the aggregate', async () => {
    const leadId = randomUUID();
    const runner = await openTransaction();
    try {
      await qualified(runner.manager, leadId, 'alone-1');
      await qualified(runner.manager, leadId, 'alone-2');
      const before = [await rowOf(runner, 'alone-1'), await rowOf(runner, 'alone-2')];
      await runner.commitTransaction();
      const after = [await rowOf(runner, 'alone-1'), await rowOf(runner, 'alone-2')];
      expect(before.map((r) => r.position_final)).toEqual([true, true]);
      // The commit trigger skipped them: the positions drawn at insert are the final ones.
      expect(after).toEqual(before);
      expect(BigInt(after[0].position) < BigInt(after[1].position)).toBe(true);
    } finally {
      await runner.release();
    }
  });

  it('publishes one aggregate’s events in commit order when two waiting transactions commit opposite to their inserts', async () => {
    const collector = await collectMessages(fixture.broker, topic());
    const leadId = randomUUID();
    try {
      const holder = await openTransaction();
      const first = await openTransaction();
      const second = await openTransaction();
      await qualified(holder.manager, leadId, 'holder');
      await qualified(first.manager, leadId, 'inserted-first');
      await qualified(second.manager, leadId, 'inserted-second');
      expect((await rowOf(holder, 'holder')).position_final).toBe(true);
      expect((await rowOf(first, 'inserted-first')).position_final).toBe(false);

      // The holder keeps the aggregate's lock until it ends: a later writer's commit waits for it.
      let secondCommitted = false;
      const secondCommit = second.commitTransaction().then(() => (secondCommitted = true));
      expect(await stillTrueAfter(300, () => !secondCommitted)).toBe(true);
      await holder.commitTransaction();
      // The transaction that inserted second commits first.
      await secondCommit;
      await first.commitTransaction();
      await Promise.all([holder.release(), first.release(), second.release()]);
      // The rows drawn again at commit moved in the relay's queue with them.
      const [queue] = await db.query(
        `SELECT count(*)::int AS queued, count(m.id)::int AS matched
           FROM outbox_pending q LEFT JOIN outbox_message m ON m.position = q.position
          WHERE m.aggregate_id = $1 OR m.id IS NULL`,
        [leadId],
      );
      expect(queue).toEqual({ queued: 3, matched: 3 });

      const relay = fixture.relay(db, 'order-test');
      await relay.flush();
      expect(await publishedOrder(collector, leadId, 3)).toEqual([
        'holder',
        'inserted-second',
        'inserted-first',
      ]);
      await relay.stop();
    } finally {
      await collector.close();
    }
  });

  it('keeps a transaction’s own order when its first event had to wait and its second did not', async () => {
    const collector = await collectMessages(fixture.broker, topic());
    const leadId = randomUUID();
    try {
      const holder = await openTransaction();
      const writer = await openTransaction();
      await qualified(holder.manager, leadId, 'holder');
      await qualified(writer.manager, leadId, 'writer-1');
      await holder.commitTransaction();
      // The lock is free now: this row's position is final at insert, below the one drawn again at commit.
      await qualified(writer.manager, leadId, 'writer-2');
      expect((await rowOf(writer, 'writer-2')).position_final).toBe(true);
      await writer.commitTransaction();
      await Promise.all([holder.release(), writer.release()]);

      const relay = fixture.relay(db, 'order-test');
      await relay.flush();
      expect(await publishedOrder(collector, leadId, 3)).toEqual([
        'holder',
        'writer-1',
        'writer-2',
      ]);
      await relay.stop();
    } finally {
      await collector.close();
    }
  });

  it('keeps commit order for one aggregate under many concurrent writers', async () => {
    const collector = await collectMessages(fixture.broker, topic());
    const leadId = randomUUID();
    // When each writer asked to commit and when the commit was confirmed: two
    // commits whose windows overlap may land in either order (the client cannot
    // tell), but one confirmed before another was asked for must come first.
    const windows = new Map<string, { asked: number; confirmed: number }>();
    const relay = fixture.relay(db, 'order-test');
    try {
      await Promise.all(
        Array.from({ length: 12 }, async (_, i) => {
          const runner = await openTransaction();
          await qualified(runner.manager, leadId, `writer-${i}`);
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 50));
          const asked = performance.now();
          await runner.commitTransaction();
          windows.set(`writer-${i}`, { asked, confirmed: performance.now() });
          await runner.release();
        }),
      );
      const mine = await waitFor(
        () => {
          const found = collector.messages.filter((m) => m.key === leadId);
          return found.length === 12 && found;
        },
        { what: 'all twelve events' },
      );
      const published: string[] = mine.map((m) => JSON.parse(m.value!.toString()).correlationid);
      expect([...published].sort()).toEqual([...windows.keys()].sort());
      const outOfOrder = published.flatMap((later, j) =>
        published
          .slice(0, j)
          .filter((earlier) => windows.get(later)!.confirmed < windows.get(earlier)!.asked)
          .map((earlier) => `${later} was committed before ${earlier} but published after it`),
      );
      expect(outOfOrder).toEqual([]);
    } finally {
      await relay.stop();
      await collector.close();
    }
  });

  it('parks an oversized row after its attempts while every other aggregate’s events arrive', async () => {
    const collector = await collectMessages(fixture.broker, topic());
    const poisoned = randomUUID();
    const others = Array.from({ length: 6 }, () => randomUUID());
    try {
      await db.transaction(async (manager) => {
        for (const other of others.slice(0, 3)) await qualified(manager, other, 'before');
        const big = await qualified(manager, poisoned, 'oversized');
        // Larger than the broker's message.max.bytes (1 MiB by default).
        await manager.query(
          `UPDATE outbox_message SET payload = jsonb_set(payload, '{padding}', to_jsonb(repeat('x', 1500000)))
            WHERE id = $1`,
          [big.id],
        );
        await qualified(manager, poisoned, 'behind-the-oversized');
        for (const other of others.slice(3)) await qualified(manager, other, 'after');
      });
      const relay = new OutboxRelay({
        dataSource: db,
        producer: fixture.producer,
        namespace: fixture.namespace,
        logger: silentLogger,
        lockName: 'parking-test',

        pollIntervalMs: 50,
        maxAttempts: 3,
      });
      relay.start();
      fixture.stops.push(() => relay.stop());

      await waitFor(() => others.every((id) => collector.messages.some((m) => m.key === id)), {
        what: 'every other aggregate’s events',
        timeoutMs: 60_000,
      });
      const parked = new ParkedOutbox(db);
      const [row] = await waitFor(
        async () => {
          const rows = await parked.list();
          return rows.length === 1 && rows;
        },
        { what: 'the oversized row to be parked', timeoutMs: 60_000 },
      );
      expect(row.aggregateId).toBe(poisoned);
      expect(row.attempts).toBe(3);
      expect(row.lastError).toMatch(/MESSAGE_TOO_LARGE|RECORD_LIST_TOO_LARGE/);
      expect(row.waitingBehind).toBe(1);
      expect(await parked.count()).toBe(1);
      // The event behind it waits: nothing of the poisoned aggregate is published.
      expect(
        await stillTrueAfter(500, () => !collector.messages.some((m) => m.key === poisoned)),
      ).toBe(true);

      // An admin gives the oversized row up; the aggregate flows on, the decision is recorded.
      expect(await parked.discard(row.id, 'u-admin-ada')).toBe(true);
      await waitFor(() => collector.messages.some((m) => m.key === poisoned), {
        what: 'the event that waited behind',
      });
      const [stored] = await db.query(
        `SELECT discarded_by, EXISTS (SELECT 1 FROM outbox_pending q WHERE q.position = m.position) AS queued
           FROM outbox_message m WHERE id = $1`,
        [row.id],
      );
      expect(stored).toEqual({ discarded_by: 'u-admin-ada', queued: false });
      expect(await parked.count()).toBe(0);
      expect(await parked.retry(row.id, 'u-admin-ada')).toBe(false);
      // Stopped here, not only after the file: under another lock it would go on publishing
      // this outbox and take rows from the relays of the next test.
      await relay.stop();
    } finally {
      await collector.close();
    }
  });

  it('stops a relay that lost its lock and lets the new leader publish', async () => {
    const sentBy = { first: [] as string[], second: [] as string[] };
    const recording = (into: string[]) => ({
      connect: async () => undefined,
      disconnect: async () => undefined,
      send: async (_topic: string, messages: OutgoingMessage[]) => {
        into.push(...messages.map((m) => m.headers!.ce_id));
      },
      sendMany: async (batches: readonly TopicMessages[]) => {
        for (const { messages } of batches) into.push(...messages.map((m) => m.headers!.ce_id));
      },
    });
    await db.query('DELETE FROM outbox_pending');
    const relay = (name: 'first' | 'second') => {
      const r = new OutboxRelay({
        dataSource: db,
        producer: recording(sentBy[name]),
        namespace: fixture.namespace,
        logger: silentLogger,
        lockName: 'leadership-test',
        pollIntervalMs: 20,
      });
      r.start();
      fixture.stops.push(() => r.stop());
      return r;
    };
    const first = relay('first');
    await waitFor(() => first.status().leader, { what: 'the first relay to lead' });
    const second = relay('second');
    const before = await db.transaction((m) => qualified(m, randomUUID(), 'before'));
    await waitFor(() => sentBy.first.includes(before.id), { what: 'the first relay to publish' });
    expect(second.status().leader).toBe(false);

    // The leader's lock connection dies (a network cut, a restarted pooler).
    await db.query(
      `SELECT pg_terminate_backend(pid) FROM pg_locks
        WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid()
          AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    await waitFor(() => second.status().leader, { what: 'the second relay to take over' });
    const sentByFirst = sentBy.first.length;
    const after = await db.transaction((m) => qualified(m, randomUUID(), 'after'));
    await waitFor(() => sentBy.second.includes(after.id), { what: 'the new leader to publish' });
    expect(await stillTrueAfter(300, () => sentBy.first.length === sentByFirst)).toBe(true);
    expect(first.status().leader).toBe(false);
  });
});

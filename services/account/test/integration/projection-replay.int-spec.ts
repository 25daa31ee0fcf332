import { randomUUID } from 'node:crypto';
import {
  OrderCancelled,
  OrderConfirmed,
  OrderInvoiced,
  OrderPlaced,
  Topics,
} from '@salesgraph/events';
import { DemoUsers } from '@salesgraph/identity';
import { createKafkaTopicAdmin, silentLogger } from '@salesgraph/messaging';
import { runProjectionReplay } from '@salesgraph/service-kit';
import { expectData, testInfrastructure, waitFor } from '@salesgraph/testing';
import { accountService } from '../../src/service-definition';
import {
  EventPublisher,
  orderSnapshot,
  publishDemoTeams,
  sql,
  startAccountService,
  type AccountSut,
} from './account-test-kit';

/** Every row of the account service's projections, in key order. */
const projectionQueries = [
  'SELECT * FROM team_member ORDER BY team_id, user_id',
  'SELECT * FROM account_order ORDER BY order_id',
];
/** The service's own state, health included: a replay must leave it as it was. */
const ownStateQueries = [
  'SELECT id, name, owner_id, tier, status, health_score, health_reasons FROM account ORDER BY id',
  'SELECT count(*)::int AS n FROM outbox_message',
];

describe('account: projection replay', () => {
  let sut: AccountSut;
  let publisher: EventPublisher;
  const accounts: string[] = [];
  let orderEvents = 0;

  const snapshot = (queries: string[]) => Promise.all(queries.map((q) => sql(sut, q)));
  const replay = (projections: string[] = []) =>
    runProjectionReplay(accountService, sut.service.deps.config, projections);

  beforeAll(async () => {
    sut = await startAccountService('account-replay');
    publisher = new EventPublisher(sut);
    await publishDemoTeams(sut, publisher);
    for (const name of ['Soylent', 'Wonka'])
      accounts.push(
        expectData(
          await sut.query<{ createAccount: { id: string } }>(
            DemoUsers.rep,
            'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
            { input: { name, segment: 'MEDIUM' } },
          ),
        ).createAccount.id,
      );
    // A mix of lifecycles, some events out of order and some twice.
    for (let i = 0; i < 8; i += 1) {
      const base = {
        orderId: randomUUID(),
        accountId: accounts[i % 2],
        totalNet: `${1000 + i}.25`,
      };
      const placedAt = new Date(Date.now() - (20 - i) * 86_400_000).toISOString();
      const bookedAt = new Date(Date.now() - (10 - i) * 86_400_000).toISOString();
      const placed = publisher.envelope(OrderPlaced, {
        order: orderSnapshot({ ...base, status: 'PLACED', revision: 1, placedAt }),
        placedAt,
      });
      const confirmed = publisher.envelope(OrderConfirmed, {
        order: orderSnapshot({ ...base, status: 'CONFIRMED', revision: 2, placedAt, bookedAt }),
        confirmedAt: bookedAt,
      });
      const invoiced = publisher.envelope(OrderInvoiced, {
        order: orderSnapshot({ ...base, status: 'INVOICED', revision: 3, placedAt, bookedAt }),
        invoicedAt: bookedAt,
      });
      const cancelled = publisher.envelope(OrderCancelled, {
        order: orderSnapshot({ ...base, status: 'CANCELLED', revision: 3, placedAt }),
        reason: 'customer withdrew',
        previousStatus: 'CONFIRMED',
        cancelledAt: bookedAt,
      });
      const lifecycle =
        i % 3 === 0
          ? [placed, confirmed, invoiced]
          : i % 3 === 1
            ? [invoiced, placed, confirmed, invoiced]
            : [placed, confirmed, cancelled];
      await publisher.send(OrderPlaced, ...lifecycle);
      orderEvents += new Set(lifecycle.map((e) => e.id)).size;
    }
    await waitFor(async () => (await sut.handled('account.order-commercials')) === orderEvents, {
      what: 'every order event handled',
    });
  });
  afterAll(async () => {
    await publisher?.close();
    await sut?.stop();
  });

  it('rebuilds the team directory and the order figures as they were, and leaves accounts and health alone', async () => {
    const live = await snapshot(projectionQueries);
    const own = await snapshot(ownStateQueries);
    expect(live[0]).toHaveLength(6);
    expect(live[1]).toHaveLength(8);

    // Damage both, so that only a real rebuild restores them.
    await sql(sut, `UPDATE account_order SET total_net = 0, status = 'PLACED'`);
    await sql(sut, 'DELETE FROM team_member');

    const result = await replay();
    expect(result.projections).toEqual(['team-directory', 'order-commercials']);
    expect(result.eventsReplayed).toBe(orderEvents + 2);
    expect(await snapshot(projectionQueries)).toEqual(live);
    // Health was reassessed from the rebuilt figures once: no status changed, no event was written.
    expect(await snapshot(ownStateQueries)).toEqual(own);
    const [run] = await sql(
      sut,
      'SELECT status, projections, events_replayed FROM projection_rebuild WHERE id = $1',
      [result.runId],
    );
    expect(run).toEqual({
      status: 'DONE',
      projections: ['team-directory', 'order-commercials'],
      events_replayed: result.eventsReplayed,
    });
  });

  it('rebuilds one projection by name, and a second run gives the same rows', async () => {
    const live = await snapshot(projectionQueries);
    await sql(sut, `UPDATE account_order SET margin = 0`);
    const result = await replay(['order-commercials']);
    expect(result.projections).toEqual(['order-commercials']);
    expect(result.eventsReplayed).toBe(orderEvents);
    expect(await snapshot(projectionQueries)).toEqual(live);
    await replay(['order-commercials']);
    expect(await snapshot(projectionQueries)).toEqual(live);
    await expect(replay(['orders'])).rejects.toThrow(
      'account has no projection orders; its projections: team-directory, order-commercials',
    );
  });

  it('refuses to replay, and empties nothing, when a topic no longer holds its earliest events', async () => {
    const live = await snapshot(projectionQueries);
    const [before] = await sql<{ n: number }>(
      sut,
      'SELECT count(*)::int AS n FROM projection_rebuild',
    );
    const admin = createKafkaTopicAdmin({
      clientId: 'account-replay-retention',
      brokers: testInfrastructure().kafkaBrokers,
      logger: silentLogger,
    });
    try {
      const topic = `${sut.topicPrefix}${Topics.order}`;
      const [range] = (await admin.partitionRanges(topic)).filter((r) => BigInt(r.high) > 0n);
      // As retention would: the partition's first event is gone.
      await admin.deleteRecordsBefore(topic, range.partition, '1');
    } finally {
      await admin.disconnect();
    }
    await expect(replay(['order-commercials'])).rejects.toThrow(
      /replay refused: .*order\.events\.v1 no longer holds its earliest events \(partition \d+ starts at offset 1\)/,
    );
    expect(await snapshot(projectionQueries)).toEqual(live);
    const [after] = await sql<{ n: number }>(
      sut,
      'SELECT count(*)::int AS n FROM projection_rebuild',
    );
    expect(after.n).toBe(before.n);
  });
});

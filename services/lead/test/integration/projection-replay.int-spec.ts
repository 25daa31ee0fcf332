import { randomUUID } from 'node:crypto';
import { ACCOUNT_DIRECTORY_CHANNEL } from '@salesgraph/account-directory';
import { AccountCreated, AccountOwnerChanged, createEnvelope, Topics } from '@salesgraph/events';
import { DemoUsers } from '@salesgraph/identity';
import { runProjectionReplay } from '@salesgraph/service-kit';
import { testBroker, waitFor } from '@salesgraph/testing';
import { leadService } from '../../src/service-definition';
import { publish, startLeadService, teamEnvelope, type LeadSut } from './support/lead-fixture';

const { manager: mia, rep: rita, rep2: raj, accountManager: alex } = DemoUsers;

/** The tables access checks rely on: who is in whose team, and who owns which account. */
const directoryQueries = [
  'SELECT team_id, user_id, team_name, manager_id, role, updated_at FROM team_member ORDER BY team_id, user_id',
  'SELECT * FROM account_owner ORDER BY account_id',
];

/**
 * A skipped or dead-lettered team or ownership event leaves the lead
 * service's directories wrong without a sound; `npm run replay -- lead`
 * rebuilds them from planning's and account's topics, row for row.
 */
describe('lead: replay of the team and account directories', () => {
  const broker = testBroker();
  let sut: LeadSut;
  const accounts = [randomUUID(), randomUUID()];
  const account = (type: typeof AccountCreated | typeof AccountOwnerChanged, data: object) =>
    createEnvelope(type as typeof AccountCreated, data as never, {
      source: 'salesgraph/account',
      correlationId: randomUUID(),
      actor: { type: 'service', id: 'account' },
    });
  const snapshot = () =>
    Promise.all(directoryQueries.map((q) => sut.service.deps.dataSource.query(q)));

  beforeAll(async () => {
    sut = await startLeadService('lead-replay');
    const north = { id: randomUUID(), name: 'North', managerId: mia.id, reps: [rita.id, raj.id] };
    await publish(broker, sut, Topics.planning, [
      teamEnvelope(north),
      teamEnvelope({ ...north, reps: [rita.id] }),
      teamEnvelope({ id: randomUUID(), name: 'Keys', managerId: mia.id, reps: [alex.id] }),
    ]);
    await publish(broker, sut, Topics.account, [
      account(AccountCreated, {
        accountId: accounts[0],
        name: 'Globex',
        segment: 'LARGE',
        tier: 'STANDARD',
        ownerId: rita.id,
        origin: 'MANUAL',
        createdAt: '2026-01-02T00:00:00Z',
      }),
      account(AccountOwnerChanged, {
        accountId: accounts[0],
        previousOwnerId: rita.id,
        ownerId: raj.id,
        tier: 'STANDARD',
        reason: 'territory',
        ruleVersion: 'v1',
        changedAt: '2026-02-01T00:00:00Z',
      }),
      account(AccountCreated, {
        accountId: accounts[1],
        name: 'Hooli',
        segment: 'SMALL',
        tier: 'STANDARD',
        ownerId: rita.id,
        origin: 'MANUAL',
        createdAt: '2026-01-03T00:00:00Z',
      }),
    ]);
    await waitFor(
      async () =>
        (await sut.handled('lead.team-directory')) === 3 &&
        (await sut.handled('lead.account-directory')) === 3,
      { what: 'the team and account events handled' },
    );
  });
  afterAll(async () => {
    await broker.disconnect();
    await sut?.stop();
  });

  it('rebuilds both directories as they were after events were lost', async () => {
    const live = await snapshot();
    expect(live[0].map((r: { user_id: string }) => r.user_id).sort()).toEqual(
      [alex.id, rita.id].sort(),
    );
    expect(live[1].map((r: { owner_id: string }) => r.owner_id)).toEqual(
      accounts[0] < accounts[1] ? [raj.id, rita.id] : [rita.id, raj.id],
    );
    // As if the last team update and the ownership change had been skipped.
    await sut.service.deps.dataSource.query(
      `INSERT INTO team_member (team_id, user_id, team_name, manager_id, role, updated_at)
         SELECT team_id, $1, team_name, manager_id, 'SALES_REP', updated_at FROM team_member WHERE user_id = $2`,
      [raj.id, rita.id],
    );
    await sut.service.deps.dataSource.query(
      `UPDATE account_owner SET owner_id = $1 WHERE account_id = $2`,
      [rita.id, accounts[0]],
    );
    expect(await snapshot()).not.toEqual(live);

    const result = await runProjectionReplay(leadService, sut.service.deps.config, []);
    expect(result.projections).toEqual(['team-directory', 'account-directory']);
    expect(result.eventsReplayed).toBe(6);
    expect(await snapshot()).toEqual(live);

    // Every instance's owned-accounts cache is told when the directory is emptied, not only
    // at the replay's first upsert: one notification for the emptying, one per event replayed.
    const listener = sut.service.deps.dataSource.createQueryRunner();
    const connection = (await listener.connect()) as {
      on(event: 'notification', listener: (n: { channel: string }) => void): void;
    };
    const told: string[] = [];
    connection.on('notification', (n) => told.push(n.channel));
    await listener.query(`LISTEN ${ACCOUNT_DIRECTORY_CHANNEL}`);
    try {
      const again = await runProjectionReplay(leadService, sut.service.deps.config, [
        'account-directory',
      ]);
      expect(again.eventsReplayed).toBe(3);
      expect(await snapshot()).toEqual(live);
      await waitFor(() => told.length >= 4, { what: 'the notifications of the replay' });
      expect(told).toEqual(Array(4).fill(ACCOUNT_DIRECTORY_CHANNEL));
    } finally {
      await listener.query('UNLISTEN *');
      await listener.release();
    }
  });
});

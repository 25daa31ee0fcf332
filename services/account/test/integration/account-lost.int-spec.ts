import { AccountAtRisk, AccountLost, AccountReopened } from '@salesgraph/events';
import { DemoUsers } from '@salesgraph/identity';
import { fixedClock, serviceCommand } from '@salesgraph/service-kit';
import { errorCode, expectData } from '@salesgraph/testing';
import type { AccountComponents } from '../../src/account-components';
import { accountService } from '../../src/service-definition';
import { HealthRecheckJob } from '../../src/modules/health/health-recheck.job';
import {
  EventPublisher,
  outboxEvents,
  publishDemoTeams,
  startAccountService,
  type AccountSut,
} from './account-test-kit';

const { rep, rep2, manager, manager2 } = DemoUsers;
const fields = 'id status lostReason lostAt ownerId health { score }';
const close = `mutation($accountId: ID!, $reason: String!) { closeAccountAsLost(accountId: $accountId, reason: $reason) { ${fields} } }`;
const reopen = `mutation($accountId: ID!, $reason: String!) { reopenAccount(accountId: $accountId, reason: $reason) { ${fields} } }`;
const reassign = `mutation($input: ReassignAccountOwnerInput!) { reassignAccountOwner(input: $input) { ownerId } }`;

type AccountView = { id: string; status: string; lostReason: string | null; ownerId: string };

describe('an account closed as LOST, and reopened', () => {
  let sut: AccountSut;
  let publisher: EventPublisher;

  beforeAll(async () => {
    sut = await startAccountService('account-lost');
    publisher = new EventPublisher(sut);
    await publishDemoTeams(sut, publisher);
  });
  afterAll(async () => {
    await publisher?.close();
    await sut?.stop();
  });

  const openAccount = async (name: string) =>
    expectData(
      await sut.query<{ createAccount: AccountView }>(
        rep,
        'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id status ownerId } }',
        { input: { name, segment: 'MEDIUM' } },
      ),
    ).createAccount;

  it('closes an account as LOST with its reason; it then changes hands no more and its health is no longer assessed', async () => {
    const account = await openAccount('Gone Ltd');
    expect(errorCode(await sut.query(rep2, close, { accountId: account.id, reason: 'x' }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await sut.query(rep, close, { accountId: account.id, reason: '  ' }))).toBe(
      'BAD_USER_INPUT',
    );
    const lost = expectData(
      await sut.query<{ closeAccountAsLost: AccountView }>(rep, close, {
        accountId: account.id,
        reason: 'Moved all purchasing to a competitor',
      }),
    ).closeAccountAsLost;
    expect(lost).toMatchObject({
      status: 'LOST',
      lostReason: 'Moved all purchasing to a competitor',
    });
    const [event] = await outboxEvents(sut, AccountLost.type, account.id);
    expect(event.subject).toBe(account.id);
    expect(event.data).toMatchObject({
      accountId: account.id,
      ownerId: rep.id,
      previousStatus: 'ACTIVE',
      reason: 'Moved all purchasing to a competitor',
      lostBy: rep.id,
    });
    expect(errorCode(await sut.query(rep, close, { accountId: account.id, reason: 'again' }))).toBe(
      'INVALID_TRANSITION',
    );

    // The hand-over rule's LOST branch: a lost account changes hands no more.
    const handOver = await sut.query(manager, reassign, {
      input: { accountId: account.id, newOwnerId: rep2.id },
    });
    expect(errorCode(handOver)).toBe('INVALID_TRANSITION');
    expect(handOver.errors![0].message).toBe('A lost account cannot change hands.');

    // The health rule's LOST branch: 200 days without orders leave a lost account lost, unflagged.
    const components: AccountComponents = accountService.components(sut.service.deps);
    await new HealthRecheckJob(
      components.health,
      fixedClock(new Date(Date.now() + 200 * 86_400_000)),
      60_000,
      sut.service.deps.logger,
    ).runOnce();
    await sut.service.deps.dataSource.transaction((m) =>
      components.health.recompute(
        serviceCommand('account', fixedClock(new Date(Date.now() + 200 * 86_400_000))),
        m,
        account.id,
      ),
    );
    const rows = await sut.service.deps.dataSource.query(
      'SELECT status FROM account WHERE id = $1',
      [account.id],
    );
    expect(rows[0].status).toBe('LOST');
    expect(await outboxEvents(sut, AccountAtRisk.type, account.id)).toEqual([]);
  });

  it('reopens a lost account, which is assessed at once; only a lost account is reopened', async () => {
    const account = await openAccount('Back Again GmbH');
    expect(
      errorCode(await sut.query(rep, reopen, { accountId: account.id, reason: 'never left' })),
    ).toBe('INVALID_TRANSITION');
    expectData(await sut.query(rep, close, { accountId: account.id, reason: 'Went bankrupt' }));
    expect(
      errorCode(await sut.query(manager2, reopen, { accountId: account.id, reason: 'not mine' })),
    ).toBe('NOT_FOUND');
    // Their sales manager may reopen it.
    const reopened = expectData(
      await sut.query<{ reopenAccount: AccountView }>(manager, reopen, {
        accountId: account.id,
        reason: 'Restructured and ordering again',
      }),
    ).reopenAccount;
    expect(reopened).toMatchObject({ status: 'ACTIVE', lostReason: null, ownerId: rep.id });
    const [event] = await outboxEvents(sut, AccountReopened.type, account.id);
    expect(event.data).toMatchObject({
      reason: 'Restructured and ordering again',
      reopenedBy: manager.id,
    });
    const history = expectData(
      await sut.query<{ account: { history: Array<{ eventType: string }> } }>(
        rep,
        'query($id: ID!) { account(id: $id) { history { eventType } } }',
        { id: account.id },
      ),
    ).account.history.map((h) => h.eventType);
    expect(history).toEqual(expect.arrayContaining([AccountLost.type, AccountReopened.type]));
  });
});

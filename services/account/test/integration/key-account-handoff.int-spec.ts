import { AccountOwnerChanged, KeyAccountDesignated, Topics } from '@salesgraph/events';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import { collectMessages, errorCode, expectData, testBroker, waitFor } from '@salesgraph/testing';
import {
  EventPublisher,
  outboxEvents,
  publishDemoTeams,
  startAccountService,
  type AccountSut,
} from './account-test-kit';

const designate = `mutation($input: DesignateKeyAccountInput!) {
  designateKeyAccount(input: $input) { id tier ownerId status health { reasons { code } } } }`;

describe('designating a key account', () => {
  let sut: AccountSut;
  let publisher: EventPublisher;
  const broker = testBroker();

  beforeAll(async () => {
    sut = await startAccountService('account-handoff');
    publisher = new EventPublisher(sut);
    await publishDemoTeams(sut, publisher);
  });
  afterAll(async () => {
    await publisher?.close();
    await broker.disconnect();
    await sut?.stop();
  });

  const openAccount = async (name: string) =>
    expectData(
      await sut.query<{ createAccount: { id: string; ownerId: string; tier: string } }>(
        DemoUsers.rep,
        'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id ownerId tier } }',
        { input: { name, segment: 'LARGE', domain: `${name.toLowerCase()}.example` } },
      ),
    ).createAccount;

  const designateAs = (user: AuthenticatedUser, accountId: string, accountManagerId: string) =>
    sut.query<{
      designateKeyAccount: {
        tier: string;
        ownerId: string;
        health: { reasons: Array<{ code: string }> };
      };
    }>(user, designate, { input: { accountId, accountManagerId } });

  it('moves ownership from the rep to the account manager and publishes it with the rule version', async () => {
    const accountTopic = await collectMessages(broker, `${sut.topicPrefix}${Topics.account}`);
    try {
      const account = await openAccount('Wayne');
      expect(account).toMatchObject({ ownerId: DemoUsers.rep.id, tier: 'STANDARD' });

      const designated = expectData(
        await designateAs(DemoUsers.manager, account.id, DemoUsers.accountManager.id),
      );
      expect(designated.designateKeyAccount).toMatchObject({
        tier: 'KEY',
        ownerId: DemoUsers.accountManager.id,
      });
      // a key account is judged by its buying-centre coverage too: one contact-less account misses every role
      expect(designated.designateKeyAccount.health.reasons.map((r) => r.code)).toContain(
        'BUYING_ROLE_UNCOVERED',
      );

      const [keyEvent] = await outboxEvents(sut, KeyAccountDesignated.type, account.id);
      const [ownerEvent] = await outboxEvents(sut, AccountOwnerChanged.type, account.id);
      expect(keyEvent.data).toMatchObject({
        accountId: account.id,
        accountManagerId: DemoUsers.accountManager.id,
        previousOwnerId: DemoUsers.rep.id,
        designatedBy: DemoUsers.manager.id,
      });
      expect(ownerEvent.data).toMatchObject({
        accountId: account.id,
        previousOwnerId: DemoUsers.rep.id,
        ownerId: DemoUsers.accountManager.id,
        tier: 'KEY',
        ruleVersion: 'handoff-v1',
        changedAt: keyEvent.data.designatedAt,
      });
      expect(ownerEvent.actorid).toBe(DemoUsers.manager.id);

      // on Kafka in order, keyed by the account: what other services' account directories apply
      await waitFor(() => accountTopic.messages.filter((m) => m.key === account.id).length === 3, {
        what: 'AccountCreated, KeyAccountDesignated and AccountOwnerChanged on the topic',
      });
      expect(
        accountTopic.messages.filter((m) => m.key === account.id).map((m) => m.headers.ce_type),
      ).toEqual(['account.AccountCreated.v1', KeyAccountDesignated.type, AccountOwnerChanged.type]);

      // the rep no longer sees it; the account manager does, with its history
      expect(
        errorCode(
          await sut.query(DemoUsers.rep, 'query($id: ID!) { account(id: $id) { id } }', {
            id: account.id,
          }),
        ),
      ).toBe('NOT_FOUND');
      const seen = expectData(
        await sut.query<{ accounts: Array<{ id: string; history: Array<{ eventType: string }> }> }>(
          DemoUsers.accountManager,
          '{ accounts(tier: KEY) { id history { eventType } } }',
        ),
      ).accounts;
      expect(seen.find((a) => a.id === account.id)?.history.map((h) => h.eventType)).toEqual([
        'account.AccountCreated.v1',
        KeyAccountDesignated.type,
        AccountOwnerChanged.type,
      ]);
      const entities = await sut.query<{ _entities: unknown[] }>(
        DemoUsers.rep,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Account { id } } }',
        { r: [{ __typename: 'Account', id: account.id }] },
      );
      expect(expectData(entities)._entities).toEqual([null]);
    } finally {
      await accountTopic.close();
    }
  });

  it('refuses what the rule forbids, with a code and a reason, and changes nothing', async () => {
    const account = await openAccount('Cyberdyne');
    const refusals: Array<[AuthenticatedUser, string, string]> = [
      [DemoUsers.manager2, DemoUsers.accountManager2.id, 'NOT_FOUND'], // not his team's account
      [DemoUsers.manager, DemoUsers.accountManager2.id, 'FORBIDDEN'], // not her team's account manager
      [DemoUsers.manager, DemoUsers.rep3.id, 'BAD_USER_INPUT'], // a rep cannot own a key account
      [DemoUsers.rep, DemoUsers.accountManager.id, 'FORBIDDEN'], // reps do not designate
      [DemoUsers.coordinator, DemoUsers.accountManager.id, 'FORBIDDEN'],
    ];
    for (const [user, accountManagerId, code] of refusals) {
      const response = await designateAs(user, account.id, accountManagerId);
      expect({ user: user.id, code: errorCode(response) }).toEqual({ user: user.id, code });
      expect(response.errors?.[0].message).toBeTruthy();
    }
    expect(await outboxEvents(sut, AccountOwnerChanged.type, account.id)).toHaveLength(0);

    expectData(await designateAs(DemoUsers.manager, account.id, DemoUsers.accountManager.id));
    const again = await designateAs(DemoUsers.manager, account.id, DemoUsers.accountManager.id);
    expect(errorCode(again)).toBe('INVALID_TRANSITION');
    expect(await outboxEvents(sut, AccountOwnerChanged.type, account.id)).toHaveLength(1);

    const reassigned = await sut.query<{ reassignAccountOwner: { ownerId: string } }>(
      DemoUsers.admin,
      'mutation($input: ReassignAccountOwnerInput!) { reassignAccountOwner(input: $input) { ownerId } }',
      { input: { accountId: account.id, newOwnerId: DemoUsers.accountManager2.id } },
    );
    expect(expectData(reassigned).reassignAccountOwner.ownerId).toBe(DemoUsers.accountManager2.id);
    const changes = await outboxEvents(sut, AccountOwnerChanged.type, account.id);
    expect(changes.map((e) => [e.data.ownerId, e.data.ruleVersion])).toEqual([
      [DemoUsers.accountManager.id, 'handoff-v1'],
      [DemoUsers.accountManager2.id, 'handoff-v1'],
    ]);
  });
});

import { ContactAdded } from '@salesgraph/events';
import { DemoAccounts, DemoUsers } from '@salesgraph/demo-data';
import type { AuthenticatedUser } from '@salesgraph/identity';
import { errorCode, expectData } from '@salesgraph/testing';
import { DemoContactIds } from '../../src/seed/demo-ids';
import { outboxEvents, sql, type AccountSut } from './account-test-kit';
import { startSeededService, type SeededService } from './seeded-service';

const addContact = `mutation($input: AddContactInput!) { addContact(input: $input) { id buyingRole influence } }`;

describe('bad input, and who sees which account', () => {
  let seeded: SeededService;
  let sut: AccountSut;
  const { umbrella, globex, hooli } = DemoAccounts;

  beforeAll(async () => {
    seeded = await startSeededService('account-input');
    sut = seeded.sut;
  });
  afterAll(() => seeded?.stop());

  const contactsOf = async (accountId: string) =>
    (await sql(sut, 'SELECT id FROM contact WHERE account_id = $1', [accountId])).length;

  it('refuses bad contacts with a clear error and changes nothing', async () => {
    const good = { accountId: umbrella.id, name: 'Nina Neu', buyingRole: 'USER', influence: 2 };
    const cases: Array<[AuthenticatedUser, Record<string, unknown>, string, string]> = [
      [DemoUsers.rep, { ...good, buyingRole: 'CEO' }, 'BAD_USER_INPUT', 'CEO'],
      [
        DemoUsers.rep,
        { ...good, influence: 9 },
        'BAD_USER_INPUT',
        'influence must be between 1 and 5',
      ],
      [
        DemoUsers.rep,
        { ...good, email: 'nina(at)umbrella' },
        'BAD_USER_INPUT',
        'email must be a valid e-mail address',
      ],
      [
        DemoUsers.rep,
        { ...good, accountId: 'not-a-uuid' },
        'BAD_USER_INPUT',
        'accountId must be an account id',
      ],
      [DemoUsers.rep2, good, 'NOT_FOUND', `Account ${umbrella.id} was not found`],
      [DemoUsers.coordinator, good, 'FORBIDDEN', 'your role does not permit it'],
      [DemoUsers.technician, good, 'FORBIDDEN', 'your role does not permit it'],
    ];
    const before = {
      contacts: await contactsOf(umbrella.id),
      events: (await outboxEvents(sut, ContactAdded.type, umbrella.id)).length,
    };
    for (const [user, input, code, message] of cases) {
      const response = await sut.query(user, addContact, { input });
      expect({ input, code: errorCode(response) }).toEqual({ input, code });
      expect(response.errors?.[0].message).toContain(message);
      expect(response.data?.addContact ?? null).toBeNull();
    }
    const literal = await sut.query(
      DemoUsers.rep,
      `mutation { addContact(input: { accountId: "${umbrella.id}", name: "X", buyingRole: CEO, influence: 2 }) { id } }`,
    );
    expect(errorCode(literal)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await contactsOf(umbrella.id)).toBe(before.contacts);
    expect(await outboxEvents(sut, ContactAdded.type, umbrella.id)).toHaveLength(before.events);

    // the same input, valid, from the owner: one row and one event more
    expectData(await sut.query(DemoUsers.rep, addContact, { input: good }));
    expect(await contactsOf(umbrella.id)).toBe(before.contacts + 1);
    expect(await outboxEvents(sut, ContactAdded.type, umbrella.id)).toHaveLength(before.events + 1);
  });

  it('answers unknown and malformed ids with NOT_FOUND, never an internal error', async () => {
    for (const query of [
      'query { account(id: "nope") { id } }',
      'query { contact(id: "nope") { id } }',
      `query { contact(id: "${DemoContactIds.hooliTechnical}") { id } }`,
    ]) {
      expect(errorCode(await sut.query(DemoUsers.rep, query))).toBe('NOT_FOUND');
    }
    const update = await sut.query(
      DemoUsers.rep,
      'mutation { updateServiceRequestStatus(input: { id: "x", status: DONE }) { id } }',
    );
    expect(errorCode(update)).toBe('BAD_USER_INPUT');
  });

  it('shows each role its own accounts: owners, their managers, coordinators; nobody else', async () => {
    const ids = async (user: AuthenticatedUser) =>
      expectData(await sut.query<{ accounts: Array<{ id: string }> }>(user, '{ accounts { id } }'))
        .accounts.map((a) => a.id)
        .sort();
    expect(await ids(DemoUsers.rep)).toEqual([umbrella.id]);
    expect(await ids(DemoUsers.accountManager)).toEqual([globex.id]);
    expect(await ids(DemoUsers.manager)).toEqual([globex.id, umbrella.id, hooli.id].sort());
    expect(await ids(DemoUsers.coordinator)).toHaveLength(5);
    expect(errorCode(await sut.query(DemoUsers.marketing, '{ accounts { id } }'))).toBe(
      'FORBIDDEN',
    );
    const me = expectData(
      await sut.query<{ me: { accounts: Array<{ id: string }> } }>(
        DemoUsers.rep2,
        '{ me { id accounts { id } } }',
      ),
    );
    expect(me.me.accounts).toEqual([{ id: hooli.id }]);
    const entities = await sut.query<{ _entities: unknown[] }>(
      DemoUsers.rep2,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Account { id } ... on Contact { id } } }',
      {
        r: [
          { __typename: 'Account', id: globex.id },
          { __typename: 'Contact', id: DemoContactIds.globexExecutive },
          { __typename: 'Contact', id: DemoContactIds.hooliTechnical },
        ],
      },
    );
    expect(expectData(entities)._entities).toEqual([
      null,
      null,
      { id: DemoContactIds.hooliTechnical },
    ]);
    // a manager may not act on another team's account
    const threat = await sut.query(
      DemoUsers.manager2,
      'mutation($input: LogCompetitorThreatInput!) { logCompetitorThreat(input: $input) { id } }',
      {
        input: { accountId: globex.id, competitor: 'X', threatLevel: 'LOW' },
      },
    );
    expect(errorCode(threat)).toBe('NOT_FOUND');
  });
});

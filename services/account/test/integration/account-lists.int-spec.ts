import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import { errorCode, expectData } from '@salesgraph/testing';
import { startWithDemoTeams, type Data, type AccountSut } from './account-test-kit';

const { rep, rep2, manager, coordinator } = DemoUsers;

/** Issue 14, lists people can work with: accounts and contacts with totals, sorting and search. */
describe('lists of accounts and contacts', () => {
  let sut: AccountSut;
  let stop: () => Promise<void>;
  const accountIds: Record<string, string> = {};

  beforeAll(async () => {
    ({ sut, stop } = await startWithDemoTeams('account-lists'));
    const accounts: Array<[AuthenticatedUser, string, string | undefined]> = [
      [rep, 'Müller Armaturen', 'mueller-armaturen.example'],
      [rep, 'acme Valves', 'acme-valves.example'],
      [rep, 'Acme Flow', undefined],
      [rep, 'Zeta Pumps', 'zeta.example'],
      [rep2, 'Acme Süd', 'acme-sued.example'],
    ];
    for (const [user, name, domain] of accounts)
      accountIds[name] = expectData(
        await sut.query<Data>(
          user,
          'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
          { input: { name, segment: 'MEDIUM', ...(domain ? { domain } : {}) } },
        ),
      ).createAccount.id;
    const contacts: Array<[string, string, string, string]> = [
      ['Müller Armaturen', 'Hans Müller', 'hans@mueller-armaturen.example', 'Einkaufsleiter'],
      ['Müller Armaturen', 'Petra Technik', 'petra@mueller-armaturen.example', 'CTO'],
      ['acme Valves', 'Wile Coyote', 'wile@acme-valves.example', 'Buyer'],
      ['Acme Süd', 'Sam South', 'sam@acme-sued.example', 'Buyer'],
    ];
    for (const [account, name, email, title] of contacts)
      expectData(
        await sut.query(
          account === 'Acme Süd' ? rep2 : rep,
          'mutation($input: AddContactInput!) { addContact(input: $input) { id } }',
          {
            input: {
              accountId: accountIds[account],
              name,
              email,
              title,
              buyingRole: 'PURCHASING_MANAGER',
              influence: 3,
            },
          },
        ),
      );
  });
  afterAll(() => stop?.());

  const accountList = async (user: AuthenticatedUser, args: string) =>
    expectData(await sut.query<Data>(user, `{ accountList${args} { total items { name } } }`))
      .accountList as { total: number; items: Array<{ name: string }> };

  it('counts, sorts (case aside) and pages accounts; searches names and domains', async () => {
    expect(await accountList(rep, '(limit: 2)')).toEqual({
      total: 4,
      items: [{ name: 'Acme Flow' }, { name: 'acme Valves' }],
    });
    expect(await accountList(rep, '(limit: 2, offset: 2, direction: DESC)')).toEqual({
      total: 4,
      items: [{ name: 'acme Valves' }, { name: 'Acme Flow' }],
    });
    expect((await accountList(rep, '(search: "ACME")')).items).toEqual([
      { name: 'Acme Flow' },
      { name: 'acme Valves' },
    ]);
    expect((await accountList(rep, '(search: "mueller-armaturen")')).items).toEqual([
      { name: 'Müller Armaturen' },
    ]);
    // Rita's and Raj's manager sees both reps' accounts; the other team's manager none of them.
    expect((await accountList(manager, '(search: "acme")')).total).toBe(3);
    expect((await accountList(DemoUsers.manager2, '(search: "acme")')).total).toBe(0);
    expect((await accountList(coordinator, '(search: "acme")')).total).toBe(3);
    expect((await accountList(rep2, '(search: "acme")')).items).toEqual([{ name: 'Acme Süd' }]);
    // The older list takes the same search, without the count.
    const plain = expectData(
      await sut.query<Data>(rep, '{ accounts(search: "zeta") { name } }'),
    ).accounts;
    expect(plain).toEqual([{ name: 'Zeta Pumps' }]);
  });

  it('finds contacts by name, e-mail or title across the accounts one may see', async () => {
    const contactList = async (user: AuthenticatedUser, args: string) =>
      expectData(
        await sut.query<Data>(user, `{ contactList${args} { total items { name accountId } } }`),
      ).contactList as { total: number; items: Array<{ name: string; accountId: string }> };
    expect(await contactList(rep, '(search: "mueller-armaturen")')).toEqual({
      total: 2,
      items: [
        { name: 'Hans Müller', accountId: accountIds['Müller Armaturen'] },
        { name: 'Petra Technik', accountId: accountIds['Müller Armaturen'] },
      ],
    });
    expect((await contactList(rep, '(search: "cto")')).items.map((c) => c.name)).toEqual([
      'Petra Technik',
    ]);
    expect((await contactList(rep, '(search: "buyer")')).items.map((c) => c.name)).toEqual([
      'Wile Coyote',
    ]);
    expect((await contactList(coordinator, '(search: "buyer")')).total).toBe(2);
    const one = (await contactList(rep, '(search: "hans")')).items[0];
    expect(one.name).toBe('Hans Müller');

    // Someone who left is found only when asked for.
    const [hans] = expectData(
      await sut.query<Data>(rep, '{ contactList(search: "hans") { items { id } } }'),
    ).contactList.items as Array<{ id: string }>;
    expectData(
      await sut.query(rep, 'mutation($id: ID!) { markContactLeft(id: $id) { id } }', {
        id: hans.id,
      }),
    );
    expect((await contactList(rep, '(search: "hans")')).total).toBe(0);
    expect((await contactList(rep, '(search: "hans", includeInactive: true)')).total).toBe(1);
    expect(errorCode(await sut.query(rep, '{ contactList(accountId: "nope") { total } }'))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

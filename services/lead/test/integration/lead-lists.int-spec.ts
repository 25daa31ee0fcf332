import { randomUUID } from 'node:crypto';
import { AccountDirectory } from '@salesgraph/account-directory';
import { AccountCreated, AccountUpdated, Topics, createEnvelope } from '@salesgraph/events';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import type { MessageBroker } from '@salesgraph/messaging';
import { errorCode, expectData, testBroker, waitFor } from '@salesgraph/testing';
import {
  applyAccount,
  applyTwoTeams,
  publish,
  startLeadService,
  type Data,
  type LeadSut,
} from './support/lead-fixture';

const { rep, rep2, manager } = DemoUsers;
const leadList = `query($search: String, $sortBy: LeadSortField, $direction: SortDirection, $limit: Int, $offset: Int, $filter: LeadFilterInput) {
  leadList(search: $search, sortBy: $sortBy, direction: $direction, limit: $limit, offset: $offset, filter: $filter) { total items { company contactName } }
}`;

/** Issue 14, lists people can work with: totals, sorting and search on leads and opportunities. */
describe('lists of leads and opportunities', () => {
  let sut: LeadSut;
  let broker: MessageBroker;
  const gql = (user: AuthenticatedUser, query: string, variables: Record<string, unknown> = {}) =>
    sut.query<Data>(user, query, variables);
  const list = async (user: AuthenticatedUser, variables: Record<string, unknown>) =>
    expectData(await gql(user, leadList, variables)).leadList as {
      total: number;
      items: Array<{ company: string; contactName: string }>;
    };

  beforeAll(async () => {
    sut = await startLeadService('lead-lists');
    broker = testBroker();
    await applyTwoTeams(sut);
    const leads: Array<[AuthenticatedUser, Record<string, string>]> = [
      [
        rep,
        { company: 'Müller Armaturen', contactName: 'Hans Müller', email: 'hans@mueller.example' },
      ],
      [
        rep,
        { company: 'beta Pumps', contactName: 'Ana Beta', companyDomain: 'beta-pumps.example' },
      ],
      [rep, { company: 'Acme Valves', contactName: 'Zoe Acme', email: 'zoe@acme-valves.example' }],
      [rep, { company: 'Acme Flow', contactName: 'Yann Flow', email: 'y@flow.example' }],
      [rep, { company: '100% Pure_Water', contactName: 'Percy Pure' }],
      [rep2, { company: 'Acme South', contactName: 'Sam South' }],
    ];
    for (const [user, input] of leads)
      expectData(
        await gql(user, 'mutation($i: CreateLeadInput!) { createLead(input: $i) { id } }', {
          i: input,
        }),
      );
  });
  afterAll(async () => {
    await broker?.disconnect();
    await sut?.stop();
  });

  it('counts what matches on every page and pages through it in the order asked for', async () => {
    const all = await list(rep, { sortBy: 'COMPANY', direction: 'ASC', limit: 2 });
    expect(all.total).toBe(5);
    // Case does not decide the order ("beta" among the B's), the id breaks ties.
    expect(all.items.map((l) => l.company)).toEqual(['100% Pure_Water', 'Acme Flow']);
    const next = await list(rep, { sortBy: 'COMPANY', direction: 'ASC', limit: 2, offset: 2 });
    expect(next).toEqual({
      total: 5,
      items: [
        { company: 'Acme Valves', contactName: 'Zoe Acme' },
        { company: 'beta Pumps', contactName: 'Ana Beta' },
      ],
    });
    const byContact = await list(rep, { sortBy: 'CONTACT_NAME', direction: 'DESC', limit: 1 });
    expect(byContact.items[0].contactName).toBe('Zoe Acme');
    // A manager sees the team's; another team's rep sees only their own.
    expect((await list(manager, { search: 'acme' })).total).toBe(2);
    expect((await list(rep2, { search: 'acme' })).items).toEqual([
      { company: 'Acme South', contactName: 'Sam South' },
    ]);
  });

  it('finds leads by any word of their company, contact, e-mail or domain, case-insensitively', async () => {
    const companies = async (search: string) =>
      (await list(rep, { search, sortBy: 'COMPANY', direction: 'ASC' })).items.map(
        (l) => l.company,
      );
    expect(await companies('ACME')).toEqual(['Acme Flow', 'Acme Valves']);
    expect(await companies('acme valves')).toEqual(['Acme Valves']);
    expect(await companies('mueller.example')).toEqual(['Müller Armaturen']);
    expect(await companies('müller')).toEqual(['Müller Armaturen']);
    expect(await companies('beta-pumps')).toEqual(['beta Pumps']);
    // LIKE's wildcards match themselves only.
    expect(await companies('100%')).toEqual(['100% Pure_Water']);
    expect(await companies('e_w')).toEqual(['100% Pure_Water']);
    expect(await companies('%')).toEqual(['100% Pure_Water']);
    expect(await companies('nobody')).toEqual([]);
    // Search and filter together, and a search that is all blanks is refused.
    expect(
      (await list(rep, { search: 'acme', filter: { status: ['NEW'], unassigned: true } })).total,
    ).toBe(0);
    expect(errorCode(await gql(rep, leadList, { search: '   ' }))).toBe('BAD_USER_INPUT');
  });

  it('lists opportunities with a total, searched by name', async () => {
    const accountId = await applyAccount(sut, 'Initech', rep.id);
    for (const [name, amount] of [
      ['Valves for plant 2', '25000.00'],
      ['Pumps retrofit', '900.00'],
      ['Valve spares', '4000.00'],
    ])
      expectData(
        await gql(
          rep,
          'mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id } }',
          { i: { accountId, terms: { name, amount } } },
        ),
      );
    const found = expectData(
      await gql(
        rep,
        '{ opportunityList(search: "valve", sortBy: AMOUNT, direction: ASC) { total items { name amount } } }',
      ),
    ).opportunityList;
    expect(found).toEqual({
      total: 2,
      items: [
        { name: 'Valve spares', amount: '4000.00' },
        { name: 'Valves for plant 2', amount: '25000.00' },
      ],
    });
    expect(
      expectData(await gql(rep2, '{ opportunityList { total items { name } } }')).opportunityList,
    ).toEqual({ total: 0, items: [] });
  });

  it('keeps the account directory’s names and domains as the account service corrects them', async () => {
    const accountId = randomUUID();
    const meta = () => ({
      source: 'salesgraph/account',
      correlationId: randomUUID(),
      actor: { type: 'user' as const, id: rep.id },
    });
    const at = Date.now();
    await publish(broker, sut, Topics.account, [
      createEnvelope(
        AccountCreated,
        {
          accountId,
          name: 'Hooli',
          domain: 'hooli.example',
          segment: 'LARGE',
          tier: 'STANDARD',
          ownerId: rep.id,
          origin: 'MANUAL',
          createdAt: new Date(at).toISOString(),
        },
        meta(),
      ),
      createEnvelope(
        AccountUpdated,
        {
          accountId,
          ownerId: rep.id,
          tier: 'STANDARD',
          changedFields: ['name', 'domain'],
          name: 'Hooli XYZ',
          domain: 'hooli-xyz.example',
          industry: null,
          segment: 'LARGE',
          parentAccountId: null,
          updatedBy: rep.id,
          updatedAt: new Date(at + 1000).toISOString(),
        },
        meta(),
      ),
    ]);
    await waitFor(
      async () =>
        (
          await sut.service.deps.dataSource.query(
            'SELECT name, domain FROM account_owner WHERE account_id = $1',
            [accountId],
          )
        )[0]?.domain === 'hooli-xyz.example',
      { what: 'the directory to take the corrected domain' },
    );
    const [row] = await new AccountDirectory().accountsWithDomain(
      sut.service.deps.dataSource.manager,
      'www.Hooli-XYZ.example',
    );
    expect(row).toMatchObject({ accountId, name: 'Hooli XYZ' });
  });
});

import { ContactAdded } from '@salesgraph/events';
import { DemoAccounts, DemoUsers } from '@salesgraph/demo-data';
import type { AuthenticatedUser } from '@salesgraph/identity';
import { errorCode, expectData } from '@salesgraph/testing';
import { createAccountServices } from '../../src/account-services';
import { AccountDemoSeed } from '../../src/seed/account-demo-seed';
import { DemoContactIds, DemoRecordIds } from '../../src/seed/demo-ids';
import {
  EventPublisher,
  outboxEvents,
  publishDemoTeams,
  sql,
  startAccountService,
  type AccountSut,
} from './account-test-kit';

const addContact = `mutation($input: AddContactInput!) { addContact(input: $input) { id buyingRole influence } }`;

describe('bad input and who sees what', () => {
  let sut: AccountSut;
  let publisher: EventPublisher;
  const { umbrella, globex, hooli } = DemoAccounts;

  beforeAll(async () => {
    sut = await startAccountService('account-access');
    publisher = new EventPublisher(sut);
    await publishDemoTeams(sut, publisher);
    const services = createAccountServices(sut.service.deps.dataSource, sut.service.deps.outbox);
    await new AccountDemoSeed(sut.service.deps.dataSource, services).run();
  });
  afterAll(async () => {
    await publisher?.close();
    await sut?.stop();
  });

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
    expect(await ids(DemoUsers.manager)).toEqual(
      [globex.id, umbrella.id, DemoAccounts.stark.id].sort(),
    );
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

  it('gives a department the service requests routed to it, and lets it work on them', async () => {
    const requests = async (user: AuthenticatedUser) =>
      expectData(
        await sut.query<{
          serviceRequests: Array<{
            id: string;
            department: string;
            accountName: string;
            overdue: boolean;
            contact: { name: string } | null;
          }>;
        }>(user, '{ serviceRequests { id department accountName overdue contact { name } } }'),
      ).serviceRequests;
    const technical = await requests(DemoUsers.technician);
    expect(technical.map((r) => [r.department, r.accountName]).sort()).toEqual([
      ['TECHNICAL', 'Globex Manufacturing'],
      ['TECHNICAL', 'Initech Components'],
    ]);
    const logistics = await requests(DemoUsers.logistics);
    expect(logistics).toEqual([
      {
        id: DemoRecordIds.requestGlobexDeliveries,
        department: 'LOGISTICS',
        accountName: 'Globex Manufacturing',
        overdue: true,
        contact: { name: 'Paul Becker' },
      },
    ]);
    expect(errorCode(await sut.query(DemoUsers.technician, '{ accounts { id } }'))).toBe(
      'FORBIDDEN',
    );

    const move = (user: AuthenticatedUser, id: string, status: string) =>
      sut.query<{ updateServiceRequestStatus: { status: string } }>(
        user,
        'mutation($input: UpdateServiceRequestStatusInput!) { updateServiceRequestStatus(input: $input) { status } }',
        { input: { id, status, note: 'on it' } },
      );
    expect(
      expectData(
        await move(DemoUsers.technician, DemoRecordIds.requestGlobexCommissioning, 'IN_PROGRESS'),
      ).updateServiceRequestStatus.status,
    ).toBe('IN_PROGRESS');
    expect(
      errorCode(
        await move(DemoUsers.technician, DemoRecordIds.requestGlobexCommissioning, 'CANCELLED'),
      ),
    ).toBe('INVALID_TRANSITION');
    expect(
      errorCode(await move(DemoUsers.technician, DemoRecordIds.requestGlobexDeliveries, 'DONE')),
    ).toBe('NOT_FOUND');
    expect(
      expectData(
        await move(DemoUsers.accountManager, DemoRecordIds.requestGlobexDeliveries, 'CANCELLED'),
      ).updateServiceRequestStatus.status,
    ).toBe('CANCELLED');

    const backlog = expectData(
      await sut.query<{
        serviceRequestBacklog: Array<{ department: string; open: number; inProgress: number }>;
      }>(
        DemoUsers.accountManager,
        '{ serviceRequestBacklog(groupBy: DEPARTMENT) { department open inProgress } }',
      ),
    ).serviceRequestBacklog;
    expect(backlog).toEqual([{ department: 'TECHNICAL', open: 1, inProgress: 1 }]);
  });

  it('gives marketing the touchpoints it carries out, due and overdue, and lets it complete them', async () => {
    const due = expectData(
      await sut.query<{
        dueTouchpoints: Array<{
          id: string;
          overdue: boolean;
          accountName: string;
          contact: { name: string };
        }>;
      }>(
        DemoUsers.marketing,
        '{ dueTouchpoints(withinDays: 14) { id overdue accountName contact { name } } }',
      ),
    ).dueTouchpoints;
    expect(due).toEqual([
      {
        id: DemoRecordIds.touchpointGlobexNewsletter,
        overdue: true,
        accountName: 'Globex Manufacturing',
        contact: { name: 'Tanja Roth' },
      },
      {
        id: DemoRecordIds.touchpointInitechWebinar,
        overdue: false,
        accountName: 'Initech Components',
        contact: { name: 'Tom Brandt' },
      },
    ]);
    const done = expectData(
      await sut.query<{
        completeTouchpoint: { overdue: boolean; daysUntilDue: number; lastDoneAt: string };
      }>(
        DemoUsers.marketing,
        'mutation($id: ID!) { completeTouchpoint(id: $id) { overdue daysUntilDue lastDoneAt } }',
        { id: DemoRecordIds.touchpointGlobexNewsletter },
      ),
    ).completeTouchpoint;
    expect(done.overdue).toBe(false);
    expect(done.daysUntilDue).toBeGreaterThan(20);
    const [contact] = await sql<{ last_interaction_at: Date }>(
      sut,
      'SELECT last_interaction_at FROM contact WHERE id = $1',
      [DemoContactIds.globexTechnical],
    );
    expect(contact.last_interaction_at.toISOString()).toBe(done.lastDoneAt);
    const other = await sut.query(
      DemoUsers.marketing,
      'mutation($id: ID!) { cancelTouchpoint(id: $id) { id } }',
      { id: DemoRecordIds.touchpointGlobexReview },
    );
    expect(errorCode(other)).toBe('FORBIDDEN');
  });

  it('serves the account manager’s key-account 360 in one query', async () => {
    const globex360 = expectData(
      await sut.query<{ account: Record<string, unknown[]> & { health: { score: number } } }>(
        DemoUsers.accountManager,
        `query($id: ID!) { account(id: $id) {
           name tier owner { id } health { score status reasons { code } }
           contacts { name buyingRole influence relationshipStrength daysSinceLastInteraction }
           team { name department role }
           competitorThreats { competitor threatLevel status product { id } history { eventType } }
           communicationPlan { purpose channel cadence nextDate overdue contact { name } }
           customisationProposals { requestedChange value currency status product { id } }
           serviceRequests { title department priority dueDate status }
           commercials { currency }
         } }`,
        { id: globex.id },
      ),
    ).account;
    expect(globex360.contacts).toHaveLength(5);
    expect(globex360.team).toHaveLength(2);
    expect(globex360.competitorThreats).toEqual([
      expect.objectContaining({
        competitor: 'Vortex Pumps',
        status: 'MITIGATED',
        history: [{ eventType: 'account.CompetitorThreatLogged.v1' }],
      }),
    ]);
    expect(globex360.communicationPlan).toHaveLength(2);
    expect(globex360.customisationProposals).toEqual([
      expect.objectContaining({ status: 'SUBMITTED', value: '48000.00', currency: 'EUR' }),
    ]);
    expect(globex360.commercials).toEqual([]);
  });
});

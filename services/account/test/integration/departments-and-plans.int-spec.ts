import { DemoAccounts, DemoUsers } from '@salesgraph/demo-data';
import type { AuthenticatedUser } from '@salesgraph/identity';
import { errorCode, expectData } from '@salesgraph/testing';
import { DemoContactIds, DemoRecordIds } from '../../src/seed/demo-ids';
import { sql, type AccountSut } from './account-test-kit';
import { startSeededService, type SeededService } from './seeded-service';

describe('departments, marketing and the key-account 360', () => {
  let seeded: SeededService;
  let sut: AccountSut;
  const { globex } = DemoAccounts;

  beforeAll(async () => {
    seeded = await startSeededService('account-departments');
    sut = seeded.sut;
  });
  afterAll(() => seeded?.stop());

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
        // logged on the account, then mitigated on the threat itself: one history
        history: [
          { eventType: 'account.CompetitorThreatLogged.v1' },
          { eventType: 'account.CompetitorThreatUpdated.v1' },
        ],
      }),
    ]);
    expect(globex360.communicationPlan).toHaveLength(2);
    expect(globex360.customisationProposals).toEqual([
      expect.objectContaining({ status: 'SUBMITTED', value: '48000.00', currency: 'EUR' }),
    ]);
    expect(globex360.commercials).toEqual([]);
  });
});

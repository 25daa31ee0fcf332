import { randomUUID } from 'node:crypto';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import { errorCode } from '@salesgraph/testing';
import { asUser } from './support/e2e-client';
import { graph, graphEventually } from './support/platform';

/**
 * Issue 12, item 4: a sales manager made a team, added a user who was in no
 * team, and then read and changed that user's leads. Membership is now an
 * admin's decision; the manager's request waits for one.
 */
describe('team membership', () => {
  const manager = DemoUsers.manager2;
  const admin = DemoUsers.admin;
  const victim: AuthenticatedUser = {
    id: `u-new-rep-${randomUUID().slice(0, 8)}`,
    roles: ['SALES_REP'],
    name: 'New Rep',
  };
  let teamId: string;
  let leadId: string;

  beforeAll(async () => {
    leadId = (
      await graph<{ createLead: { id: string } }>(
        victim,
        'mutation { createLead(input: { company: "Victim Components", contactName: "V" }) { id } }',
      )
    ).createLead.id;
    teamId = (
      await graph<{ createSalesTeam: { id: string } }>(
        manager,
        'mutation($n: String!) { createSalesTeam(input: { name: $n }) { id } }',
        { n: `Side team ${randomUUID().slice(0, 8)}` },
      )
    ).createSalesTeam.id;
  });

  const members = async () =>
    (
      await graph<{ salesTeam: { members: Array<{ userId: string }> } }>(
        admin,
        'query($id: ID!) { salesTeam(id: $id) { members { userId } } }',
        { id: teamId },
      )
    ).salesTeam.members.map((m) => m.userId);

  it("refuses a manager who adds a user to a team, and the user's leads stay out of reach", async () => {
    const added = await asUser(
      manager,
      'mutation($i: AddSalesTeamMemberInput!) { addSalesTeamMember(input: $i) { id } }',
      { i: { teamId, userId: victim.id, role: 'SALES_REP' } },
    );
    expect(errorCode(added)).toBe('FORBIDDEN');
    expect(added.data?.addSalesTeamMember ?? null).toBeNull();
    expect(await members()).toEqual([]);

    const requested = await graph<{ requestSalesTeamMember: { status: string } }>(
      manager,
      'mutation($i: AddSalesTeamMemberInput!, $r: String) { requestSalesTeamMember(input: $i, reason: $r) { status } }',
      { i: { teamId, userId: victim.id, role: 'SALES_REP' }, r: 'Joins my side team in May.' },
    );
    expect(requested.requestSalesTeamMember.status).toBe('PENDING');
    expect(await members()).toEqual([]);

    const read = await asUser(manager, 'query($id: ID!) { lead(id: $id) { id company } }', {
      id: leadId,
    });
    expect(errorCode(read)).toBe('NOT_FOUND');
    const change = await asUser(
      manager,
      'mutation($id: ID!) { markLeadContacted(id: $id) { status } }',
      { id: leadId },
    );
    expect(errorCode(change)).toBe('NOT_FOUND');
    const untouched = await graph<{ lead: { status: string } }>(
      victim,
      'query($id: ID!) { lead(id: $id) { status } }',
      { id: leadId },
    );
    expect(untouched.lead.status).toBe('NEW');
  });

  it('lets the manager see the user once an admin approves the request', async () => {
    const [request] = (
      await graph<{
        salesTeamMemberRequests: Array<{ id: string; userId: string; version: number }>;
      }>(admin, '{ salesTeamMemberRequests(status: PENDING) { id userId version } }')
    ).salesTeamMemberRequests.filter((r) => r.userId === victim.id);
    await graph(
      admin,
      'mutation($id: ID!, $v: Int!, $r: String) { approveSalesTeamMemberRequest(requestId: $id, expectedVersion: $v, reason: $r) { status } }',
      { id: request.id, v: request.version, r: 'Hired on 2 May.' },
    );
    expect(await members()).toEqual([victim.id]);
    // The lead service learns the team from planning's events.
    await graphEventually<{ lead: { id: string } | null }>(
      manager,
      'query($id: ID!) { lead(id: $id) { id } }',
      { id: leadId },
      (data) => data.lead?.id === leadId,
      'the approved member’s lead, visible to their manager',
    );
  });

  it('keeps the request’s own record: who asked, who decided, when and why', async () => {
    const { salesTeamMemberRequests } = await graph<{
      salesTeamMemberRequests: Array<{
        userId: string;
        history: Array<{
          eventType: string;
          actorId: string;
          occurredAt: string;
          data: Record<string, unknown>;
        }>;
      }>;
    }>(
      manager,
      '{ salesTeamMemberRequests { userId history { eventType actorId occurredAt data } } }',
    );
    const [record] = salesTeamMemberRequests.filter((r) => r.userId === victim.id);
    expect(record.history.map((h) => [h.eventType, h.actorId, h.data.reason])).toEqual([
      ['planning.SalesTeamMemberRequested.v1', manager.id, 'Joins my side team in May.'],
      ['planning.SalesTeamMemberRequestDecided.v1', admin.id, 'Hired on 2 May.'],
    ]);
    expect(record.history[1].data).toMatchObject({ decision: 'APPROVED', decidedBy: admin.id });
    const times = record.history.map((h) => Date.parse(h.occurredAt));
    expect(times[0]).toBeLessThanOrEqual(times[1]);
    // A rep may not list the requests, and so not read their history.
    const rep = await asUser(victim, '{ salesTeamMemberRequests { history { eventType } } }');
    expect(errorCode(rep)).toBe('FORBIDDEN');
  });
});

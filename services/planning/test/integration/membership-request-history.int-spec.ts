import {
  SalesTeamMemberRequestDecided,
  SalesTeamMemberRequested,
  SalesTeamUpdated,
  Topics,
} from '@salesgraph/events';
import { DemoUsers } from '@salesgraph/identity';
import {
  chronologyOf,
  errorCode,
  historyFields,
  outboxCount,
  publishedEvents,
  waitFor,
  type HistoryEntry,
  type PublishedEvents,
} from '@salesgraph/testing';
import { PlanningFixture } from './support/planning-fixture';

const { manager2: max, rep: rita, rep3: rosa, accountManager2: ana, admin } = DemoUsers;

const requestFields = `id status requestedBy reason decidedBy decidedAt decisionReason version ${historyFields}`;
const request = `mutation($input: AddSalesTeamMemberInput!, $reason: String) {
  requestSalesTeamMember(input: $input, reason: $reason) { ${requestFields} } }`;
const decide = (name: string) => `mutation($id: ID!, $v: Int!, $reason: String) {
  ${name}(requestId: $id, expectedVersion: $v, reason: $reason) { ${requestFields} } }`;

interface Request {
  id: string;
  status: string;
  requestedBy: string;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  version: number;
  history: HistoryEntry[];
}

/**
 * A membership request is a record of its own: asked, approved or rejected,
 * each an event of the request written with the change, published on the
 * planning topic and read back as its history (who asked and decided, when
 * and why).
 */
describe('membership requests: events and history', () => {
  let f: PlanningFixture;
  let topic: PublishedEvents;
  let south: string;
  let north: string;
  const started = new Date();
  const requestEvents = () => outboxCount(f.dataSource, SalesTeamMemberRequested.aggregateType);

  beforeAll(async () => {
    f = await PlanningFixture.start('planning-membership-history');
    topic = await publishedEvents(`${f.sut.topicPrefix}${Topics.planning}`);
    const create = 'mutation($n: String!) { createSalesTeam(input: { name: $n }) { id } }';
    south = (await f.data<{ createSalesTeam: { id: string } }>(max, create, { n: 'South' }))
      .createSalesTeam.id;
    north = (
      await f.data<{ createSalesTeam: { id: string } }>(DemoUsers.manager, create, { n: 'North' })
    ).createSalesTeam.id;
  });
  afterAll(async () => {
    await topic?.close();
    await f?.stop();
  });

  it('records who asked, who approved, when and why: in the row, the outbox, the topic and the history', async () => {
    const asked = (
      await f.data<{ requestSalesTeamMember: Request }>(max, request, {
        input: { teamId: south, userId: ana.id, role: 'ACCOUNT_MANAGER' },
        reason: 'Ana takes over the Initech renewal with me.',
      })
    ).requestSalesTeamMember;
    expect(asked).toMatchObject({
      status: 'PENDING',
      requestedBy: max.id,
      reason: 'Ana takes over the Initech renewal with me.',
    });
    expect(asked.history).toEqual([
      expect.objectContaining({
        eventType: SalesTeamMemberRequested.type,
        actorId: max.id,
        data: expect.objectContaining({
          requestId: asked.id,
          teamId: south,
          userId: ana.id,
          role: 'ACCOUNT_MANAGER',
          requestedBy: max.id,
          reason: 'Ana takes over the Initech renewal with me.',
        }),
      }),
    ]);

    const approved = (
      await f.data<{ approveSalesTeamMemberRequest: Request }>(
        admin,
        decide('approveSalesTeamMemberRequest'),
        { id: asked.id, v: asked.version, reason: 'Confirmed with Ana’s current manager.' },
      )
    ).approveSalesTeamMemberRequest;
    expect(approved).toMatchObject({
      status: 'APPROVED',
      decidedBy: admin.id,
      decisionReason: 'Confirmed with Ana’s current manager.',
    });
    const history = approved.history;
    expect(history.map((h) => [h.eventType, h.actorId, h.data.reason])).toEqual([
      [SalesTeamMemberRequested.type, max.id, 'Ana takes over the Initech renewal with me.'],
      [SalesTeamMemberRequestDecided.type, admin.id, 'Confirmed with Ana’s current manager.'],
    ]);
    expect(history[1].data).toMatchObject({
      requestId: asked.id,
      decision: 'APPROVED',
      decidedBy: admin.id,
      requestedBy: max.id,
      decidedAt: approved.decidedAt,
    });
    expect(chronologyOf(history, started)).toEqual({ oldestFirst: true, sinceThen: true });

    // Published under the request's id; the team change under the team's, from the same transaction.
    const events = await waitFor(
      () => topic.about(asked.id).length === 2 && topic.about(asked.id),
      {
        what: 'the request and its decision on the planning topic',
      },
    );
    expect(events.map((e) => [e.type, e.subject, e.actorid])).toEqual([
      [SalesTeamMemberRequested.type, asked.id, max.id],
      [SalesTeamMemberRequestDecided.type, asked.id, admin.id],
    ]);
    const teamChange = await waitFor(() =>
      topic.about(south).find((e) => e.type === SalesTeamUpdated.type && e.data.members.length),
    );
    expect(teamChange.data.members).toEqual([{ userId: ana.id, role: 'ACCOUNT_MANAGER' }]);

    // The manager who asked reads the same history in the list of requests.
    const listed = await f.data<{ salesTeamMemberRequests: Request[] }>(
      max,
      `{ salesTeamMemberRequests { id ${historyFields} } }`,
    );
    expect(
      listed.salesTeamMemberRequests
        .find((r) => r.id === asked.id)
        ?.history.map((h) => h.eventType),
    ).toEqual([SalesTeamMemberRequested.type, SalesTeamMemberRequestDecided.type]);
  });

  it('records a rejection and its reason; a request without a reason says none', async () => {
    const asked = (
      await f.data<{ requestSalesTeamMember: Request }>(max, request, {
        input: { teamId: south, userId: 'u-rep-new', role: 'SALES_REP' },
      })
    ).requestSalesTeamMember;
    expect(asked.reason).toBeNull();
    expect(asked.history[0].data).not.toHaveProperty('reason');
    const rejected = (
      await f.data<{ rejectSalesTeamMemberRequest: Request }>(
        admin,
        decide('rejectSalesTeamMemberRequest'),
        { id: asked.id, v: asked.version, reason: 'Not hired yet.' },
      )
    ).rejectSalesTeamMemberRequest;
    expect(rejected).toMatchObject({ status: 'REJECTED', decisionReason: 'Not hired yet.' });
    expect(
      rejected.history.map((h) => [h.actorId, h.data.decision ?? null, h.data.reason]),
    ).toEqual([
      [max.id, null, undefined],
      [admin.id, 'REJECTED', 'Not hired yet.'],
    ]);
  });

  it('writes no event for a refused request or decision, or for asking twice', async () => {
    const asked = (
      await f.data<{ requestSalesTeamMember: Request }>(max, request, {
        input: { teamId: south, userId: 'u-rep-later', role: 'SALES_REP' },
      })
    ).requestSalesTeamMember;
    const before = await requestEvents();
    const again = await f.data<{ requestSalesTeamMember: Request }>(max, request, {
      input: { teamId: south, userId: 'u-rep-later', role: 'SALES_REP' },
      reason: 'asking again',
    });
    expect(again.requestSalesTeamMember.id).toBe(asked.id);
    const refusals: Array<[() => ReturnType<typeof f.query>, string]> = [
      [
        () =>
          f.query(max, decide('approveSalesTeamMemberRequest'), { id: asked.id, v: asked.version }),
        'FORBIDDEN',
      ],
      [
        () =>
          f.query(rita, request, { input: { teamId: south, userId: rosa.id, role: 'SALES_REP' } }),
        'FORBIDDEN',
      ],
      [
        () =>
          f.query(max, request, { input: { teamId: north, userId: rosa.id, role: 'SALES_REP' } }),
        'FORBIDDEN',
      ],
      [
        () =>
          f.query(max, request, {
            input: { teamId: south, userId: rosa.id, role: 'SALES_REP' },
            reason: '   ',
          }),
        'BAD_USER_INPUT',
      ],
      [
        () =>
          f.query(admin, decide('rejectSalesTeamMemberRequest'), {
            id: asked.id,
            v: asked.version,
            reason: 'x'.repeat(1001),
          }),
        'BAD_USER_INPUT',
      ],
      [
        () =>
          f.query(admin, decide('rejectSalesTeamMemberRequest'), {
            id: asked.id,
            v: asked.version + 5,
          }),
        'CONFLICT',
      ],
    ];
    // One at a time: each refusal on its own, against the request as it is.
    for (const [attempt, code] of refusals) expect(errorCode(await attempt())).toBe(code);
    expect(await requestEvents()).toBe(before);
    const pending = await f.data<{ salesTeamMemberRequests: Request[] }>(
      admin,
      `{ salesTeamMemberRequests(status: PENDING) { id ${historyFields} } }`,
    );
    expect(pending.salesTeamMemberRequests.find((r) => r.id === asked.id)?.history).toHaveLength(1);
  });

  it('keeps decision and team change together: an approval that cannot add the person records nothing', async () => {
    const asked = (
      await f.data<{ requestSalesTeamMember: Request }>(max, request, {
        input: { teamId: south, userId: rosa.id, role: 'SALES_REP' },
      })
    ).requestSalesTeamMember;
    // Meanwhile an admin puts Rosa in another team: the approval fails on the team change.
    await f.data(
      admin,
      'mutation($i: AddSalesTeamMemberInput!) { addSalesTeamMember(input: $i) { id } }',
      { i: { teamId: north, userId: rosa.id, role: 'SALES_REP' } },
    );
    const before = await requestEvents();
    const approval = await f.query(admin, decide('approveSalesTeamMemberRequest'), {
      id: asked.id,
      v: asked.version,
    });
    expect(errorCode(approval)).toBe('CONFLICT');
    expect(await requestEvents()).toBe(before);
    const [row] = (await f.dataSource.query(
      'SELECT status, decided_by FROM sales_team_membership_request WHERE id = $1',
      [asked.id],
    )) as Array<{ status: string; decided_by: string | null }>;
    expect(row).toEqual({ status: 'PENDING', decided_by: null });
  });

  it('refuses the requests, and so their history, to a rep', async () => {
    const response = await f.query(rita, `{ salesTeamMemberRequests { id ${historyFields} } }`);
    expect(errorCode(response)).toBe('FORBIDDEN');
  });
});

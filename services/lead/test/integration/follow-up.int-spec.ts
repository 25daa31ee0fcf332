import { randomUUID } from 'node:crypto';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import { FollowUpOverdue } from '@salesgraph/events';
import { serviceCommand, systemClock } from '@salesgraph/service-kit';
import { errorCode, expectData } from '@salesgraph/testing';
import { leadService } from '../../src/service-definition';
import { applyTeam, startLeadService, type LeadSut, type Data } from './support/lead-fixture';

const { rep, rep2, rep3, manager } = DemoUsers;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('follow-up on leads', () => {
  let sut: LeadSut;
  const gql = (user: AuthenticatedUser, query: string, variables: Record<string, unknown> = {}) =>
    sut.query<Data>(user, query, variables);
  const create = async (user: AuthenticatedUser) =>
    expectData(
      await gql(
        user,
        'mutation { createLead(input: { company: "Initrode", contactName: "Bill" }) { id } }',
      ),
    ).createLead.id as string;
  const log = (user: AuthenticatedUser, leadId: string, input: Record<string, unknown>) =>
    gql(
      user,
      `mutation($id: ID!, $i: LogLeadActivityInput!) { logLeadActivity(leadId: $id, input: $i) { id type outcome visitReport nextFollowUpAt createdBy } }`,
      {
        id: leadId,
        i: input,
      },
    );
  /** Planned follow-ups can only lie in the future through the API; time passes here instead. */
  const makeOverdue = (leadId: string, daysAgo: number) =>
    sut.service.deps.dataSource.query(
      `UPDATE lead SET next_follow_up_at = now() - make_interval(days => $2) WHERE id = $1`,
      [leadId, daysAgo],
    );

  beforeAll(async () => {
    sut = await startLeadService('lead-follow-up');
    await applyTeam(sut, {
      id: randomUUID(),
      name: 'North',
      managerId: manager.id,
      reps: [rep.id, rep2.id],
    });
  });
  afterAll(() => sut?.stop());

  it('keeps the follow-up planned by the activity that happened last when an older one is logged late', async () => {
    const id = await create(rep);
    const planned = inDays(7);
    expectData(
      await log(rep, id, {
        type: 'VISIT',
        outcome: 'MEETING_SCHEDULED',
        visitReport: 'Met the buyer; proposal next week',
        occurredAt: inDays(0),
        nextFollowUpAt: planned,
      }),
    );
    // Last week's call, logged only now, planned nothing: it must not wipe the visit's follow-up.
    expectData(await log(rep, id, { type: 'CALL', outcome: 'NO_ANSWER', occurredAt: inDays(-7) }));
    const lead = expectData(
      await gql(rep, `query($id: ID!) { lead(id: $id) { nextFollowUpAt } }`, { id }),
    ).lead;
    expect(new Date(lead.nextFollowUpAt).toISOString()).toBe(planned);
    // A newer activity that plans nothing does clear it.
    expectData(await log(rep, id, { type: 'EMAIL', outcome: 'NOT_INTERESTED' }));
    const cleared = expectData(
      await gql(rep, `query($id: ID!) { lead(id: $id) { nextFollowUpAt } }`, { id }),
    ).lead;
    expect(cleared.nextFollowUpAt).toBeNull();
  });

  it('raises FollowUpOverdue once per passed follow-up, for the lead’s owner', async () => {
    const id = await create(rep);
    expectData(await log(rep, id, { type: 'CALL', outcome: 'REACHED', nextFollowUpAt: inDays(1) }));
    const watch = leadService.components(sut.service.deps).followUpWatch;
    const run = () => watch.run(serviceCommand('lead', systemClock));
    const raised = async () =>
      (
        await sut.service.deps.dataSource.query(
          `SELECT payload FROM outbox_message WHERE event_type = $1 AND aggregate_id = $2 ORDER BY position`,
          [FollowUpOverdue.type, id],
        )
      ).map((r: { payload: { data: Record<string, unknown> } }) => r.payload.data);
    expect(await run()).not.toContain(id);
    await makeOverdue(id, 2);
    expect(await run()).toContain(id);
    expect(await run()).not.toContain(id);
    expect(await raised()).toEqual([
      expect.objectContaining({ leadId: id, ownerId: rep.id, company: 'Initrode', status: 'NEW' }),
    ]);
    // A new follow-up planned and missed again is reported again.
    expectData(
      await log(rep, id, { type: 'EMAIL', outcome: 'NO_ANSWER', nextFollowUpAt: inDays(3) }),
    );
    await makeOverdue(id, 1);
    expect(await run()).toContain(id);
    expect(await raised()).toHaveLength(2);
    // Done with it: an activity planning nothing clears the follow-up (the next test counts overdue ones).
    expectData(await log(rep, id, { type: 'CALL', outcome: 'NOT_INTERESTED' }));
  });

  it('records calls, e-mails and visits with their outcome and plans the next follow-up', async () => {
    const id = await create(rep);
    const call = expectData(
      await log(rep, id, {
        type: 'CALL',
        outcome: 'NO_ANSWER',
        notes: 'try mornings',
        nextFollowUpAt: inDays(2),
      }),
    ).logLeadActivity;
    expect(call).toMatchObject({
      type: 'CALL',
      outcome: 'NO_ANSWER',
      createdBy: rep.id,
      visitReport: null,
    });
    expectData(
      await log(rep, id, {
        type: 'VISIT',
        outcome: 'MEETING_SCHEDULED',
        visitReport: 'Toured the plant with the buyer',
        nextFollowUpAt: inDays(7),
      }),
    );
    const lead = expectData(
      await gql(
        rep,
        `query($id: ID!) { lead(id: $id) { nextFollowUpAt activities { type outcome visitReport notes } } }`,
        { id },
      ),
    ).lead;
    expect(new Date(lead.nextFollowUpAt).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    expect(lead.activities).toEqual([
      {
        type: 'VISIT',
        outcome: 'MEETING_SCHEDULED',
        visitReport: 'Toured the plant with the buyer',
        notes: null,
      },
      { type: 'CALL', outcome: 'NO_ANSWER', visitReport: null, notes: 'try mornings' },
    ]);
  });

  it('refuses a visit without a report, a follow-up in the past, and activities of others, changing nothing', async () => {
    const id = await create(rep);
    const noReport = await log(rep, id, { type: 'VISIT', outcome: 'REACHED' });
    expect(errorCode(noReport)).toBe('BAD_USER_INPUT');
    expect(noReport.errors?.[0].message).toContain('visitReport is required for a VISIT');
    const past = await log(rep, id, {
      type: 'CALL',
      outcome: 'REACHED',
      nextFollowUpAt: inDays(-1),
    });
    expect(errorCode(past)).toBe('BAD_USER_INPUT');
    expect(past.errors?.[0].message).toBe('nextFollowUpAt must be in the future.');
    expect(
      errorCode(await log(rep, id, { type: 'CALL', outcome: 'REACHED', visitReport: 'x' })),
    ).toBe('BAD_USER_INPUT');
    expect(errorCode(await log(rep3, id, { type: 'CALL', outcome: 'REACHED' }))).toBe('NOT_FOUND');
    const lead = expectData(
      await gql(rep, `query($id: ID!) { lead(id: $id) { activities { id } } }`, { id }),
    ).lead;
    expect(lead.activities).toEqual([]);
  });

  it('lists overdue follow-ups per rep: for the rep, on the user, and counted for the manager', async () => {
    const late = await create(rep);
    const later = await create(rep);
    const onTime = await create(rep);
    const colleague = await create(rep2);
    for (const id of [late, later, onTime, colleague])
      expectData(
        await log(id === colleague ? rep2 : rep, id, {
          type: 'EMAIL',
          outcome: 'LEFT_MESSAGE',
          nextFollowUpAt: inDays(1),
        }),
      );
    await makeOverdue(late, 5);
    await makeOverdue(later, 2);
    await makeOverdue(colleague, 1);

    const mine = expectData(
      await gql(rep, '{ overdueFollowUps { id } me { overdueFollowUps { id } } }'),
    );
    expect(mine.overdueFollowUps.map((l: { id: string }) => l.id)).toEqual([late, later]);
    expect(mine.me.overdueFollowUps).toEqual(mine.overdueFollowUps);

    const byRep = expectData(
      await gql(manager, '{ overdueFollowUpsByRep { ownerId count } }'),
    ).overdueFollowUpsByRep;
    expect(byRep).toEqual([
      { ownerId: rep.id, count: 2 },
      { ownerId: rep2.id, count: 1 },
    ]);
    const ofRep2 = expectData(
      await gql(manager, `query($o: ID!) { overdueFollowUps(ownerId: $o) { id } }`, { o: rep2.id }),
    ).overdueFollowUps;
    expect(ofRep2).toEqual([{ id: colleague }]);

    // A closed lead has nothing left to follow up.
    expectData(
      await gql(
        rep,
        'mutation($id: ID!) { disqualifyLead(id: $id, input: { reason: "Went quiet" }) { id } }',
        { id: late },
      ),
    );
    expect(expectData(await gql(rep, '{ overdueFollowUps { id } }')).overdueFollowUps).toEqual([
      { id: later },
    ]);
    expect(errorCode(await log(rep, late, { type: 'CALL', outcome: 'REACHED' }))).toBe(
      'LEAD_CLOSED',
    );
  });
});

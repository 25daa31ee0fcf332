import { LeadFollowUpPlanned, LeadUpdated, OpportunityActivityLogged } from '@salesgraph/events';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import { errorCode, expectData } from '@salesgraph/testing';
import {
  applyAccount,
  applyTwoTeams,
  startLeadService,
  type Data,
  type LeadSut,
} from './support/lead-fixture';

const { rep, rep2, manager, marketing } = DemoUsers;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const history = 'history { eventType actorId data }';

/**
 * Issue 14, editing what people enter: a lead's contact details, segment and
 * follow-up corrected, activities on opportunities, every change in the
 * record's history.
 */
describe('editing leads and following up deals', () => {
  let sut: LeadSut;
  const gql = (user: AuthenticatedUser, query: string, variables: Record<string, unknown> = {}) =>
    sut.query<Data>(user, query, variables);
  const create = async (input: Record<string, unknown>, user: AuthenticatedUser = rep) =>
    expectData(
      await gql(user, 'mutation($i: CreateLeadInput!) { createLead(input: $i) { id version } }', {
        i: input,
      }),
    ).createLead as { id: string; version: number };
  const update = (user: AuthenticatedUser, input: Record<string, unknown>) =>
    gql(
      user,
      `mutation($i: UpdateLeadInput!) { updateLead(input: $i) { id version company contactName email phone segment companyDomain ${history} } }`,
      { i: input },
    );
  const plan = (user: AuthenticatedUser, leadId: string, at: string | null) =>
    gql(
      user,
      'mutation($id: ID!, $at: DateTimeISO) { planLeadFollowUp(leadId: $id, at: $at) { nextFollowUpAt version } }',
      { id: leadId, at },
    );
  const log = (leadId: string, input: Record<string, unknown>) =>
    gql(
      rep,
      'mutation($id: ID!, $i: LogLeadActivityInput!) { logLeadActivity(leadId: $id, input: $i) { id } }',
      { id: leadId, i: input },
    );
  const readLead = async (id: string) =>
    expectData(
      await gql(rep, `query($id: ID!) { lead(id: $id) { nextFollowUpAt version ${history} } }`, {
        id,
      }),
    ).lead;

  beforeAll(async () => {
    sut = await startLeadService('lead-editing');
    await applyTwoTeams(sut);
  });
  afterAll(() => sut?.stop());

  it('corrects a lead’s contact details and segment at the version read, in its history', async () => {
    const lead = await create({ company: 'Umbrella Corp', contactName: 'Alice Wesker' });
    const updated = expectData(
      await update(rep, {
        leadId: lead.id,
        expectedVersion: lead.version,
        email: 'alice@umbrella.example',
        phone: '+49 30 1234567',
        companyDomain: 'Umbrella.example',
        segment: 'LARGE',
        contactName: 'Alice Wesker',
      }),
    ).updateLead;
    expect(updated).toMatchObject({
      email: 'alice@umbrella.example',
      phone: '+49 30 1234567',
      companyDomain: 'umbrella.example',
      segment: 'LARGE',
      version: lead.version + 1,
    });
    const change = updated.history.find(
      (h: { eventType: string }) => h.eventType === LeadUpdated.type,
    );
    expect(change).toMatchObject({ actorId: rep.id });
    // What changed, by name: the e-mail and phone themselves never travel in the event.
    expect(change.data.changedFields.sort()).toEqual([
      'companyDomain',
      'email',
      'phone',
      'segment',
    ]);
    expect(JSON.stringify(change.data)).not.toContain('alice@umbrella.example');
    expect(JSON.stringify(change.data)).not.toContain('1234567');

    // The same version again: someone else's change in between is a CONFLICT, and nothing changes.
    const stale = await update(rep, {
      leadId: lead.id,
      expectedVersion: lead.version,
      segment: 'SMALL',
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0].message).toMatch(/Reload it/);
    expect(
      expectData(await gql(rep, 'query($id: ID!) { lead(id: $id) { segment } }', { id: lead.id }))
        .lead.segment,
    ).toBe('LARGE');
  });

  it('refuses bad values, leads of others, and a key another lead already holds', async () => {
    const mine = await create({ company: 'Soylent', contactName: 'Sol Roth' });
    const bad = await update(rep, {
      leadId: mine.id,
      expectedVersion: mine.version,
      email: 'not-an-email',
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await update(rep, { leadId: mine.id, expectedVersion: mine.version, company: '   ' }),
      ),
    ).toBe('BAD_USER_INPUT');
    // A rep of another team does not even see it; marketing may not edit at all.
    expect(
      errorCode(
        await update(rep2, { leadId: mine.id, expectedVersion: mine.version, segment: 'SMALL' }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await update(marketing, {
          leadId: mine.id,
          expectedVersion: mine.version,
          segment: 'SMALL',
        }),
      ),
    ).toBe('FORBIDDEN');
    // The rep's manager may correct it.
    expect(
      expectData(
        await update(manager, { leadId: mine.id, expectedVersion: mine.version, segment: 'SMALL' }),
      ).updateLead.segment,
    ).toBe('SMALL');

    await create({ company: 'Tyrell', contactName: 'Eldon', email: 'eldon@tyrell.example' });
    const copied = await update(rep, {
      leadId: mine.id,
      expectedVersion: mine.version + 1,
      email: 'ELDON@tyrell.example',
    });
    expect(errorCode(copied)).toBe('CONFLICT');
    expect(copied.errors![0].message).toMatch(/Another lead already has this e-mail/);
  });

  it('plans a follow-up by hand: a late-logged older call keeps it, a newer activity decides again', async () => {
    const lead = await create({ company: 'Cyberdyne', contactName: 'Miles Dyson' });
    const handPlanned = inDays(3);
    expect(
      new Date(
        expectData(await plan(rep, lead.id, handPlanned)).planLeadFollowUp.nextFollowUpAt,
      ).toISOString(),
    ).toBe(handPlanned);
    expect(errorCode(await plan(rep, lead.id, inDays(-1)))).toBe('BAD_USER_INPUT');
    expect(errorCode(await plan(rep2, lead.id, inDays(2)))).toBe('NOT_FOUND');

    // Last week's call, logged only now, planned a follow-up long past: the plan made since stands.
    expectData(
      await log(lead.id, {
        type: 'CALL',
        outcome: 'REACHED',
        occurredAt: inDays(-7),
        notes: 'secret pricing talk',
      }),
    );
    expect(new Date((await readLead(lead.id)).nextFollowUpAt).toISOString()).toBe(handPlanned);

    // A visit today plans its own follow-up: it happened after the plan, so it decides.
    const visitPlanned = inDays(10);
    expectData(
      await log(lead.id, {
        type: 'VISIT',
        outcome: 'MEETING_SCHEDULED',
        visitReport: 'Met Miles; wants a demo',
        nextFollowUpAt: visitPlanned,
      }),
    );
    const after = await readLead(lead.id);
    expect(new Date(after.nextFollowUpAt).toISOString()).toBe(visitPlanned);

    // Every step is in the history; no note or visit report is.
    const types = after.history.map((h: { eventType: string }) => h.eventType);
    expect(types).toEqual([
      'lead.LeadCaptured.v1',
      'lead.LeadAssigned.v1',
      LeadFollowUpPlanned.type,
      'lead.LeadActivityLogged.v1',
      'lead.LeadActivityLogged.v1',
      LeadFollowUpPlanned.type,
    ]);
    const plans = after.history.filter(
      (h: { eventType: string }) => h.eventType === LeadFollowUpPlanned.type,
    );
    expect(plans.map((p: Data) => p.data.source)).toEqual(['PLANNED', 'ACTIVITY']);
    expect(JSON.stringify(after.history)).not.toMatch(/secret pricing|wants a demo/);

    // Clearing by hand.
    expect(expectData(await plan(rep, lead.id, null)).planLeadFollowUp.nextFollowUpAt).toBeNull();
  });

  it('logs calls and visits on an open deal: its follow-up and history, not a new revision of its terms', async () => {
    const accountId = await applyAccount(sut, 'Initech', rep.id);
    const deal = expectData(
      await gql(
        rep,
        'mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id version } }',
        { i: { accountId, terms: { name: 'TPS report covers', amount: '1200.00' } } },
      ),
    ).createOpportunity;
    const logOn = (user: AuthenticatedUser, input: Record<string, unknown>) =>
      gql(
        user,
        'mutation($id: ID!, $i: LogOpportunityActivityInput!) { logOpportunityActivity(opportunityId: $id, input: $i) { id type visitReport nextFollowUpAt } }',
        { id: deal.id, i: input },
      );
    expect(errorCode(await logOn(rep, { type: 'VISIT', outcome: 'REACHED' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await logOn(rep2, { type: 'CALL', outcome: 'REACHED' }))).toBe('NOT_FOUND');
    const followUp = inDays(5);
    expectData(
      await logOn(rep, {
        type: 'VISIT',
        outcome: 'INTERESTED',
        visitReport: 'Bill wants new covers by Friday',
        nextFollowUpAt: followUp,
      }),
    );
    expectData(await logOn(rep, { type: 'CALL', outcome: 'NO_ANSWER', occurredAt: inDays(-3) }));

    const read = (user: AuthenticatedUser) =>
      gql(
        user,
        'query($id: ID!) { opportunity(id: $id) { version nextFollowUpAt activities { type visitReport } history { eventType data } } }',
        { id: deal.id },
      );
    const seen = expectData(await read(rep)).opportunity;
    expect(seen.version).toBe(deal.version);
    expect(new Date(seen.nextFollowUpAt).toISOString()).toBe(followUp);
    expect(seen.activities).toEqual([
      { type: 'VISIT', visitReport: 'Bill wants new covers by Friday' },
      { type: 'CALL', visitReport: null },
    ]);
    const logged = seen.history.filter((h: Data) => h.eventType === OpportunityActivityLogged.type);
    expect(logged).toHaveLength(2);
    expect(logged[0].data).toMatchObject({ accountId, ownerId: rep.id, hasVisitReport: true });
    expect(JSON.stringify(logged)).not.toContain('covers by Friday');
    // The rep's manager reads the notes; a closed deal takes no more activities.
    expect(expectData(await read(manager)).opportunity.activities).toHaveLength(2);
    expectData(
      await gql(
        rep,
        'mutation($id: ID!) { loseOpportunity(id: $id, input: { reason: "budget cut" }) { stage } }',
        { id: deal.id },
      ),
    );
    expect(errorCode(await logOn(rep, { type: 'CALL', outcome: 'REACHED' }))).toBe(
      'INVALID_TRANSITION',
    );
  });
});

import { randomUUID } from 'node:crypto';
import { Topics } from '@salesgraph/events';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import type { MessageBroker } from '@salesgraph/messaging';
import { errorCode, expectData, testBroker, waitFor } from '@salesgraph/testing';
import { LeadApi } from './support/lead-api';
import {
  applyTeam,
  marketingEnvelope,
  marketingLead,
  publish,
  startLeadService,
  type LeadSut,
} from './support/lead-fixture';

const { rep, rep2, rep3, manager, marketing } = DemoUsers;
const north = { id: randomUUID(), name: 'North', managerId: manager.id, reps: [rep.id, rep2.id] };

describe('qualifying a lead', () => {
  let sut: LeadSut;
  let api: LeadApi;
  let broker: MessageBroker;

  beforeAll(async () => {
    sut = await startLeadService('lead-qualification');
    api = new LeadApi(sut);
    broker = testBroker();
    await applyTeam(sut, north);
    await api.createRule(manager, {
      name: 'Germany',
      priority: 1,
      teamId: north.id,
      countries: ['DE'],
    });
  });
  afterAll(async () => {
    await broker?.disconnect();
    await sut?.stop();
  });

  it('refuses illegal transitions with INVALID_TRANSITION and changes nothing', async () => {
    const id = await api.create(rep);
    const skipped = await api.step(rep, 'qualifyLead', id);
    expect(errorCode(skipped)).toBe('INVALID_TRANSITION');
    expect(skipped.errors?.[0].message).toBe(
      'Lead cannot go from NEW to QUALIFIED. Record the first contact (markLeadContacted) first.',
    );
    expect(errorCode(await api.convert(rep, id))).toBe('INVALID_TRANSITION');
    const lead = await api.lead(rep, id);
    expect(lead.status).toBe('NEW');
    expect(lead.history.map((h: { eventType: string }) => h.eventType)).toEqual([
      'lead.LeadCaptured.v1',
      'lead.LeadAssigned.v1',
    ]);
  });

  it('requires a reason to disqualify, then keeps the lead closed', async () => {
    const id = await api.create(rep);
    const blank = await api.gql(
      rep,
      'mutation($id: ID!) { disqualifyLead(id: $id, input: { reason: "   " }) { id } }',
      { id },
    );
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    expect(blank.errors?.[0].message).toContain('reason is required to disqualify a lead');
    const missing = await api.gql(
      rep,
      'mutation($id: ID!) { disqualifyLead(id: $id, input: {}) { id } }',
      { id },
    );
    expect(errorCode(missing)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(missing.errors?.[0].message).toMatch(/reason.*required/);
    expect((await api.lead(rep, id)).status).toBe('NEW');

    const done = expectData(
      await api.gql(
        rep,
        'mutation($id: ID!) { disqualifyLead(id: $id, input: { reason: "No budget until 2027" }) { status disqualificationReason } }',
        { id },
      ),
    ).disqualifyLead;
    expect(done).toEqual({
      status: 'DISQUALIFIED',
      disqualificationReason: 'No budget until 2027',
    });
    const again = await api.step(rep, 'markLeadContacted', id);
    expect(errorCode(again)).toBe('INVALID_TRANSITION');
    expect(again.errors?.[0].message).toContain('A disqualified lead is closed.');
  });

  it('shows marketing what became of its leads, but not the reps’ notes', async () => {
    const data = marketingLead({ country: 'DE', campaign: `fair-${randomUUID()}` });
    await publish(broker, sut, Topics.marketingLeads, [marketingEnvelope(data)]);
    const byCampaign = `query($c: String!) { leads(filter: { campaign: $c }) { id ownerId } }`;
    const [{ id, ownerId }] = await waitFor(
      async () => {
        const found = expectData(await api.gql(marketing, byCampaign, { c: data.campaign })).leads;
        return found.length === 1 && found;
      },
      { what: 'the marketing lead' },
    );
    const owner = ownerId === rep.id ? rep : rep2;
    expectData(await api.step(owner, 'markLeadContacted', id));
    expectData(
      await api.gql(
        owner,
        `mutation($id: ID!) { logLeadActivity(leadId: $id, input: { type: VISIT, outcome: INTERESTED, visitReport: "Met the plant manager; budget is tight" }) { id } }`,
        { id },
      ),
    );
    expectData(
      await api.gql(
        owner,
        'mutation($id: ID!) { disqualifyLead(id: $id, input: { reason: "Bought from a competitor" }) { id } }',
        { id },
      ),
    );

    const seen = await api.gql(
      marketing,
      `query($id: ID!) { lead(id: $id) { status disqualificationReason opportunity { id } activities { visitReport } } }`,
      { id },
    );
    expect(errorCode(seen)).toBe('FORBIDDEN');
    expect(seen.errors?.[0].path).toEqual(['lead', 'activities']);
    expect(seen.data).toBeNull(); // lead is non-null, so the refusal empties the whole answer
    expect(
      expectData(
        await api.gql(
          marketing,
          `query($id: ID!) { lead(id: $id) { status disqualificationReason opportunity { id } } }`,
          { id },
        ),
      ).lead,
    ).toEqual({
      status: 'DISQUALIFIED',
      disqualificationReason: 'Bought from a competitor',
      opportunity: null,
    });
    expect(errorCode(await api.step(marketing, 'markLeadContacted', id))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await api.gql(marketing, `query($id: ID!) { lead(id: $id) { id } }`, {
          id: await api.create(rep),
        }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('answers unknown and malformed ids with NOT_FOUND, and refuses a malformed e-mail without creating anything', async () => {
    expect(errorCode(await api.step(rep, 'qualifyLead', 'not-a-uuid'))).toBe('NOT_FOUND');
    expect(errorCode(await api.step(rep, 'qualifyLead', randomUUID()))).toBe('NOT_FOUND');
    const count = async () =>
      (await sut.service.deps.dataSource.query('SELECT count(*)::int AS n FROM lead'))[0].n;
    const before = await count();
    const bad = await api.gql(
      rep,
      'mutation { createLead(input: { company: "A", contactName: "B", email: "jo@" }) { id } }',
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toBe(
      'Invalid input: email: email must be a valid e-mail address',
    );
    expect(await count()).toBe(before);
  });

  it('lets a manager reassign within the team, and nobody else', async () => {
    const id = await api.create(rep);
    const assign = (user: AuthenticatedUser, ownerId: string) =>
      api.gql(
        user,
        `mutation($id: ID!, $o: ID!) { assignLead(id: $id, input: { ownerId: $o, reason: "holiday cover" }) { ownerId } }`,
        { id, o: ownerId },
      );
    expect(errorCode(await assign(rep, rep2.id))).toBe('FORBIDDEN');
    expect(errorCode(await assign(manager, rep3.id))).toBe('FORBIDDEN');
    expect(expectData(await assign(manager, rep2.id)).assignLead).toEqual({ ownerId: rep2.id });
    expect(errorCode(await api.gql(rep, `query($id: ID!) { lead(id: $id) { id } }`, { id }))).toBe(
      'NOT_FOUND',
    );
    const history = expectData(
      await api.gql(
        rep2,
        `query($id: ID!) { lead(id: $id) { history { eventType actorId data } } }`,
        {
          id,
        },
      ),
    ).lead.history;
    expect(history.at(-1)).toMatchObject({
      eventType: 'lead.LeadAssigned.v1',
      actorId: manager.id,
      data: {
        ownerId: rep2.id,
        previousOwnerId: rep.id,
        assignedBy: 'MANAGER',
        reason: 'holiday cover',
        teamId: north.id,
      },
    });
  });
});

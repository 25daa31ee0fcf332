import { randomUUID } from 'node:crypto';
import { LeadConsentChanged, LeadConverted, Topics } from '@salesgraph/events';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import { serviceCommand, systemClock } from '@salesgraph/service-kit';
import { errorCode, expectData, publishedEvents, waitFor } from '@salesgraph/testing';
import { leadService } from '../../src/service-definition';
import { LeadApi } from './support/lead-api';
import {
  applyTeam,
  marketingLead,
  startLeadService,
  type Data,
  type LeadSut,
} from './support/lead-fixture';

const { rep, rep2, manager, marketing, admin } = DemoUsers;
const teamId = randomUUID();
const consentFields = 'consentToContact consent { channel given source recordedBy note }';
const record = `mutation($i: RecordLeadConsentInput!) { recordLeadConsent(input: $i) { id ${consentFields} } }`;

/** Consent per channel on a lead: recorded, read, published, and respected by assignment. */
describe("a lead's consent", () => {
  let sut: LeadSut;
  let api: LeadApi;
  const gql = (user: AuthenticatedUser, query: string, variables: Record<string, unknown> = {}) =>
    sut.query<Data>(user, query, variables);
  const consentOf = async (leadId: string) =>
    expectData(
      await gql(
        manager,
        `query($id: ID!) { lead(id: $id) { ownerId unassignedReason ${consentFields}
           consentHistory { id channel given source } } }`,
        { id: leadId },
      ),
    ).lead;
  const consentEvents = async (leadId: string) =>
    (
      await sut.service.deps.dataSource.query(
        `SELECT payload FROM outbox_message WHERE aggregate_id = $1 AND event_type = $2 ORDER BY position`,
        [leadId, LeadConsentChanged.type],
      )
    ).map((row: { payload: { data: Data } }) => row.payload.data);
  const capture = (country: string, consent: boolean) => {
    const { intake } = leadService.components(sut.service.deps);
    return intake.capture(
      serviceCommand('lead', systemClock, randomUUID()),
      marketingLead({ country, consent: { marketing: consent } }),
    );
  };

  beforeAll(async () => {
    sut = await startLeadService('lead-consent');
    api = new LeadApi(sut);
    await applyTeam(sut, { id: teamId, name: 'North', managerId: manager.id, reps: [rep.id] });
  });
  afterAll(() => sut?.stop());

  it("records marketing's form on every channel, as history and one event", async () => {
    const { lead } = await capture('AT', true);
    const read = await consentOf(lead!.id);
    expect(read.consentToContact).toBe(true);
    expect(read.consent).toEqual(
      ['EMAIL', 'PHONE', 'VISIT', 'MARKETING'].map((channel) => ({
        channel,
        given: true,
        source: 'MARKETING_FORM',
        recordedBy: 'marketing',
        note: null,
      })),
    );
    expect(read.consentHistory).toHaveLength(4);
    // One decision, one row: shown as a record per channel, each with an id of its own.
    const rows = await sut.service.deps.dataSource.query(
      'SELECT id, channels FROM lead_consent WHERE lead_id = $1',
      [lead!.id],
    );
    expect(rows).toEqual([
      { id: expect.any(String), channels: ['EMAIL', 'PHONE', 'VISIT', 'MARKETING'] },
    ]);
    expect(read.consentHistory.map((r: Data) => r.id)).toEqual(
      ['EMAIL', 'PHONE', 'VISIT', 'MARKETING'].map((channel) => `${rows[0].id}:${channel}`),
    );
    const events = await consentEvents(lead!.id);
    // One decision, one event: every channel it covers in it.
    expect(events.map((e: Data) => [e.channels, e.given, e.withCapture])).toEqual([
      [['EMAIL', 'PHONE', 'VISIT', 'MARKETING'], true, true],
    ]);
  });

  it("lets the owner's manager record a withdrawal, refuses bad input and strangers, and publishes it", async () => {
    const leadId = await api.create(rep);
    const withdrawal = {
      leadId,
      channels: ['EMAIL', 'PHONE', 'VISIT'],
      given: false,
      source: 'PHONE_CALL',
      note: 'Asked on the phone not to be contacted again',
    };
    const refusals: Array<[AuthenticatedUser, Data, string]> = [
      [rep2, withdrawal, 'NOT_FOUND'],
      [marketing, withdrawal, 'FORBIDDEN'],
      [manager, { ...withdrawal, channels: [] }, 'BAD_USER_INPUT'],
      [manager, { ...withdrawal, source: 'LEAD_CONVERSION' }, 'BAD_USER_INPUT'],
      [manager, { ...withdrawal, effectiveAt: new Date(Date.now() + 3_600_000) }, 'BAD_USER_INPUT'],
    ];
    for (const [user, input, code] of refusals)
      expect([user.id, errorCode(await gql(user, record, { i: input }))]).toEqual([user.id, code]);
    expect(await consentEvents(leadId)).toEqual([]);

    const recorded = expectData(await gql(manager, record, { i: withdrawal })).recordLeadConsent;
    expect(recorded.consentToContact).toBe(false);
    expect(recorded.consent.map((c: Data) => [c.channel, c.given, c.recordedBy])).toEqual([
      ['EMAIL', false, manager.id],
      ['PHONE', false, manager.id],
      ['VISIT', false, manager.id],
    ]);
    const events = await consentEvents(leadId);
    expect(
      events.map((e: Data) => [e.channels, e.contactableBySales, e.wasContactableBySales]),
    ).toEqual([[['EMAIL', 'PHONE', 'VISIT'], false, null]]);
    expect(events[0]).toMatchObject({ ownerId: rep.id, openLead: true, withCapture: false });
    // The note is the person's words: sealed in the outbox, opened in the lead's history.
    expect(String(events[0].note)).toMatch(/^pd1:/);
    const history = expectData(
      await gql(rep, `query($id: ID!) { lead(id: $id) { history { eventType data } } }`, {
        id: leadId,
      }),
    ).lead.history.filter((h: Data) => h.eventType === LeadConsentChanged.type);
    expect(history).toHaveLength(1);
    expect(history[0].data.note).toBe(withdrawal.note);

    const topic = await publishedEvents(`${sut.topicPrefix}${Topics.lead}`);
    try {
      await waitFor(
        () => topic.about(leadId).filter((e) => e.type === LeadConsentChanged.type).length === 1,
        {
          what: 'one LeadConsentChanged on the lead topic, keyed by the lead',
        },
      );
    } finally {
      await topic.close();
    }
  });

  it('keeps a lead whose sales contact is withdrawn away from the rules until a channel is given back', async () => {
    const country = 'FI';
    const { lead } = await capture(country, true);
    expect(lead!.ownerId).toBeNull();
    expectData(
      await gql(manager, record, {
        i: {
          leadId: lead!.id,
          channels: ['EMAIL', 'PHONE', 'VISIT'],
          given: false,
          source: 'WRITTEN',
        },
      }),
    );
    await api.createRule(manager, {
      name: `Finland ${randomUUID()}`,
      priority: 1,
      teamId,
      countries: [country],
      maxOpenLeadsPerRep: 100,
    });
    expectData(await gql(manager, 'mutation { applyLeadAssignmentRules { id ownerId } }'));
    const held = await consentOf(lead!.id);
    expect(held.ownerId).toBeNull();
    expect(held.unassignedReason).toMatch(/withdrawn on e-mail, phone and visit/);

    // Given back on one channel: the rules take the lead at once.
    const back = expectData(
      await gql(manager, record, {
        i: { leadId: lead!.id, channels: ['PHONE'], given: true, source: 'PHONE_CALL' },
      }),
    ).recordLeadConsent;
    expect(back.consentToContact).toBe(true);
    expect((await consentOf(lead!.id)).ownerId).toBe(rep.id);
  });

  it('carries the consent in force to the account with the conversion, then records no more on the lead', async () => {
    const leadId = await api.qualified(rep);
    for (const [channels, given] of [
      [['EMAIL', 'VISIT'], true],
      [['PHONE'], false],
    ] as const)
      expectData(await gql(rep, record, { i: { leadId, channels, given, source: 'MEETING' } }));
    expectData(await api.convert(rep, leadId));
    const [converted] = await sut.service.deps.dataSource.query(
      `SELECT payload FROM outbox_message WHERE aggregate_id = $1 AND event_type = $2`,
      [leadId, LeadConverted.type],
    );
    expect(
      converted.payload.data.consent.map((c: Data) => [c.channel, c.given, c.source, c.recordedBy]),
    ).toEqual([
      ['EMAIL', true, 'MEETING', rep.id],
      ['PHONE', false, 'MEETING', rep.id],
      ['VISIT', true, 'MEETING', rep.id],
    ]);
    const late = await gql(rep, record, {
      i: { leadId, channels: ['EMAIL'], given: false, source: 'EMAIL' },
    });
    expect(errorCode(late)).toBe('LEAD_CLOSED');
  });

  it('exports the consent records, and keeps them without the note after erasure', async () => {
    const leadId = await api.create(rep);
    expectData(
      await gql(rep, record, {
        i: { leadId, channels: ['EMAIL'], given: false, source: 'EMAIL', note: 'Unsubscribe me' },
      }),
    );
    const exported = expectData(
      await gql(admin, `query($id: [ID!]) { leadPersonalData(ids: $id) { records } }`, {
        id: [leadId],
      }),
    ).leadPersonalData;
    expect(exported.records.leadConsent).toEqual([
      expect.objectContaining({ channels: ['EMAIL'], given: false, note: 'Unsubscribe me' }),
    ]);
    expectData(
      await gql(admin, `mutation($id: [ID!]) { eraseLeadPersonalData(ids: $id) { records } }`, {
        id: [leadId],
      }),
    );
    const kept = await sut.service.deps.dataSource.query(
      'SELECT channels, given, note FROM lead_consent WHERE lead_id = $1',
      [leadId],
    );
    expect(kept).toEqual([{ channels: ['EMAIL'], given: false, note: 'erased' }]);
  });
});

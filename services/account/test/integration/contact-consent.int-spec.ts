import { randomUUID } from 'node:crypto';
import {
  ContactConsentChanged,
  LeadConverted,
  Topics,
  TouchpointChanged,
  type LeadConvertedData,
} from '@salesgraph/events';
import { DemoAccounts, DemoUsers } from '@salesgraph/demo-data';
import { publishedEvents, waitFor } from '@salesgraph/testing';
import { DemoContactIds } from '../../src/seed/demo-ids';
import { dateInDays, outboxEvents, sql } from './account-test-kit';
import {
  eventsAbout,
  expectAllRefusedWithoutEvents,
  expectRefusedWithoutEvents,
  read,
  seededServiceWithTopic,
} from './history-kit';

const am = DemoUsers.accountManager; // owns Globex
const consentFields = 'consent { channel given source recordedBy note }';
const record = `mutation($i: RecordContactConsentInput!) { recordContactConsent(input: $i) { id ${consentFields} } }`;
const plan = `mutation($input: PlanTouchpointInput!) { planTouchpoint(input: $input) { id status } }`;

/** A contact's consent per channel, and the communication plan that respects it. */
describe("a contact's consent", () => {
  const service = seededServiceWithTopic('account-consent');
  const { globex } = DemoAccounts;
  const contactId = DemoContactIds.globexTechnical;
  const touchpoint = (channel: string) => ({
    accountId: globex.id,
    contactId,
    channel,
    cadence: 'MONTHLY',
    purpose: `Monthly ${channel.toLowerCase()} about the roadmap`,
    nextDate: dateInDays(5),
  });
  const statusOf = async (id: string) =>
    (
      await sql<{ status: string }>(service.sut, 'SELECT status FROM touchpoint WHERE id = $1', [
        id,
      ])
    )[0].status;

  it('records a withdrawal with who, how and when; cancels the planned touchpoints on that channel; refuses new ones', async () => {
    const { sut } = service;
    const phone = (
      await read<{ planTouchpoint: { id: string } }>(sut, am, plan, {
        input: touchpoint('PHONE'),
      })
    ).planTouchpoint.id;
    const email = (
      await read<{ planTouchpoint: { id: string } }>(sut, am, plan, {
        input: touchpoint('EMAIL'),
      })
    ).planTouchpoint.id;

    const withdrawal = {
      contactId,
      channels: ['PHONE'],
      given: false,
      source: 'PHONE_CALL',
      note: 'No more calls, e-mail is fine',
    };
    await expectAllRefusedWithoutEvents(sut, record, [
      [DemoUsers.marketing, { i: withdrawal }, 'FORBIDDEN'],
      [am, { i: { ...withdrawal, contactId: randomUUID() } }, 'NOT_FOUND'],
      [am, { i: { ...withdrawal, channels: ['FAX'] } }, 'BAD_USER_INPUT'],
      [am, { i: { ...withdrawal, source: 'MARKETING_FORM' } }, 'BAD_USER_INPUT'],
      [
        am,
        { i: { ...withdrawal, effectiveAt: new Date(Date.now() + 3_600_000).toISOString() } },
        'BAD_USER_INPUT',
      ],
    ]);

    const recorded = await read<{ recordContactConsent: { consent: unknown[] } }>(sut, am, record, {
      i: withdrawal,
    });
    expect(recorded.recordContactConsent.consent).toEqual([
      {
        channel: 'PHONE',
        given: false,
        source: 'PHONE_CALL',
        recordedBy: am.id,
        note: withdrawal.note,
      },
    ]);
    expect(await statusOf(phone)).toBe('CANCELLED');
    expect(await statusOf(email)).toBe('PLANNED');

    const [changed] = await eventsAbout(sut, ContactConsentChanged, contactId);
    expect(changed.data).toMatchObject({
      accountId: globex.id,
      accountOwnerId: am.id,
      channels: ['PHONE'],
      given: false,
      recordedBy: am.id,
      contactableBySales: true,
      note: withdrawal.note,
    });
    expect(changed.data.cancelledTouchpointIds).toContain(phone);
    expect(changed.data.cancelledTouchpointIds).not.toContain(email);
    const [cancelled] = await eventsAbout(sut, TouchpointChanged, phone).then((events) =>
      events.filter((e) => e.data.change === 'CANCELLED'),
    );
    expect(cancelled.data.status).toBe('CANCELLED');
    const published = await publishedEvents(`${sut.topicPrefix}${Topics.account}`);
    try {
      await waitFor(
        () => published.about(contactId).some((e) => e.type === ContactConsentChanged.type),
        { what: 'ContactConsentChanged on the account topic, keyed by the contact' },
      );
    } finally {
      await published.close();
    }

    // Nothing is planned on the withdrawn channel; other channels stay open.
    await expectRefusedWithoutEvents(
      sut,
      am,
      plan,
      { input: touchpoint('PHONE') },
      'CONSENT_WITHDRAWN',
    );
    const refused = await sut.query(am, plan, { input: touchpoint('PHONE') });
    expect(refused.errors?.[0].message).toMatch(/withdrawn consent to be contacted by PHONE/);
    await read(sut, am, plan, { input: touchpoint('WEBINAR') });

    // Given again: plannable again, and the history keeps both decisions, newest first.
    await read(sut, am, record, { i: { ...withdrawal, given: true, note: undefined } });
    await read(sut, am, plan, { input: touchpoint('PHONE') });
    const history = await read<{ contact: { consentHistory: Array<{ given: boolean }> } }>(
      sut,
      am,
      'query($id: ID!) { contact(id: $id) { consentHistory { channel given } } }',
      { id: contactId },
    );
    expect(history.contact.consentHistory).toEqual([
      { channel: 'PHONE', given: true },
      { channel: 'PHONE', given: false },
    ]);
  });

  it("starts a converted lead's contact with the lead's consent", async () => {
    const { seeded, sut } = service;
    const data: LeadConvertedData = {
      leadId: randomUUID(),
      accountId: randomUUID(),
      contactId: randomUUID(),
      opportunityId: randomUUID(),
      ownerId: DemoUsers.rep.id,
      company: {
        name: 'Consenting GmbH',
        domain: `consent-${randomUUID().slice(0, 8)}.example`,
        segment: 'SMALL',
      },
      contact: { name: 'Cora Consent', email: 'cora@consent.example' },
      consent: [
        {
          channel: 'EMAIL',
          given: true,
          source: 'MARKETING_FORM',
          recordedBy: 'marketing',
          effectiveAt: '2026-10-01T09:00:00.000Z',
        },
        {
          channel: 'PHONE',
          given: true,
          source: 'MARKETING_FORM',
          recordedBy: 'marketing',
          effectiveAt: '2026-10-01T09:00:00.000Z',
        },
        {
          channel: 'VISIT',
          given: false,
          source: 'PHONE_CALL',
          recordedBy: DemoUsers.rep.id,
          effectiveAt: '2026-11-01T09:00:00.000Z',
          note: 'No visits',
        },
      ],
      convertedAt: new Date().toISOString(),
    };
    await seeded.publisher.publish(LeadConverted, data);
    await waitFor(
      async () =>
        (await outboxEvents(sut, ContactConsentChanged.type, data.accountId)).length === 2,
      {
        what: "the converted lead's consent on its contact",
      },
    );
    // The channels decided alike (marketing's form) stay one decision: one event.
    expect(
      (await outboxEvents(sut, ContactConsentChanged.type, data.accountId)).map((e) => [
        e.data.channels,
        e.data.given,
      ]),
    ).toEqual([
      [['EMAIL', 'PHONE'], true],
      [['VISIT'], false],
    ]);
    const rows = await sql(
      sut,
      'SELECT channel, given, source, recorded_by, effective_at, note FROM contact_consent WHERE contact_id = $1 ORDER BY channel',
      [data.contactId],
    );
    expect(rows).toEqual([
      {
        channel: 'EMAIL',
        given: true,
        source: 'LEAD_CONVERSION',
        recorded_by: 'marketing',
        effective_at: new Date('2026-10-01T09:00:00.000Z'),
        note: null,
      },
      {
        channel: 'PHONE',
        given: true,
        source: 'LEAD_CONVERSION',
        recorded_by: 'marketing',
        effective_at: new Date('2026-10-01T09:00:00.000Z'),
        note: null,
      },
      {
        channel: 'VISIT',
        given: false,
        source: 'LEAD_CONVERSION',
        recorded_by: DemoUsers.rep.id,
        effective_at: new Date('2026-11-01T09:00:00.000Z'),
        note: 'No visits',
      },
    ]);
  });

  it('exports the consent records, and keeps them without the note after erasure', async () => {
    const { sut } = service;
    const contactId2 = DemoContactIds.globexUser;
    await read(sut, am, record, {
      i: {
        contactId: contactId2,
        channels: ['EMAIL'],
        given: false,
        source: 'EMAIL',
        note: 'Stop',
      },
    });
    const admin = DemoUsers.admin;
    const exported = await read<{ accountPersonalData: { records: Record<string, unknown[]> } }>(
      sut,
      admin,
      'query($id: [ID!]) { accountPersonalData(ids: $id) { records } }',
      { id: [contactId2] },
    );
    expect(exported.accountPersonalData.records.contactConsent).toEqual([
      expect.objectContaining({ channel: 'EMAIL', given: false, note: 'Stop' }),
    ]);
    await read(
      sut,
      admin,
      'mutation($id: [ID!]) { eraseAccountPersonalData(ids: $id) { records } }',
      {
        id: [contactId2],
      },
    );
    expect(
      await sql(sut, 'SELECT channel, given, note FROM contact_consent WHERE contact_id = $1', [
        contactId2,
      ]),
    ).toEqual([{ channel: 'EMAIL', given: false, note: 'erased' }]);
  });
});

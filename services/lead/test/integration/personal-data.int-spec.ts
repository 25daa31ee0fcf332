import { randomUUID } from 'node:crypto';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import { Topics } from '@salesgraph/events';
import { collectMessages, errorCode, expectData, testBroker, waitFor } from '@salesgraph/testing';
import {
  applyTeam,
  marketingEnvelope,
  marketingLead,
  publish,
  startLeadService,
  type Data,
  type LeadSut,
} from './support/lead-fixture';

const { rep, manager, admin } = DemoUsers;

/** A person's data in the lead service: export for admins, erasure in place, both recorded. */
describe('a person in the lead service', () => {
  let sut: LeadSut;
  const gql = (user: AuthenticatedUser, query: string, variables: Record<string, unknown> = {}) =>
    sut.query<Data>(user, query, variables);
  const part = 'service subjects related records history requestId';

  beforeAll(async () => {
    sut = await startLeadService('lead-privacy');
    await applyTeam(sut, {
      id: randomUUID(),
      name: 'North',
      managerId: manager.id,
      reps: [rep.id],
    });
  });
  afterAll(() => sut?.stop());

  const createLead = async (email: string) => {
    const created = expectData(
      await gql(rep, 'mutation($i: CreateLeadInput!) { createLead(input: $i) { id } }', {
        i: {
          company: `Acme ${randomUUID()}`,
          contactName: 'Grace Hopper',
          email,
          phone: '+1 202 555 0147',
          segment: 'MEDIUM',
          country: 'DE',
        },
      }),
    ).createLead.id as string;
    expectData(
      await gql(
        rep,
        'mutation($id: ID!, $i: LogLeadActivityInput!) { logLeadActivity(leadId: $id, input: $i) { id } }',
        {
          id: created,
          i: {
            type: 'CALL',
            outcome: 'REACHED',
            occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
            notes: 'Grace asked for a quote',
          },
        },
      ),
    );
    return created;
  };

  it('exports everything about the person, found by e-mail, with history, for admins only', async () => {
    const email = `grace-${randomUUID()}@navy.test`;
    const leadId = await createLead(email);

    const refused = await gql(
      rep,
      `query($e: String) { leadPersonalData(email: $e) { service } }`,
      {
        e: email,
      },
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');

    const exported = expectData(
      await gql(admin, `query($e: String) { leadPersonalData(email: $e) { ${part} } }`, {
        e: email.toUpperCase(),
      }),
    ).leadPersonalData;
    expect(exported.service).toBe('lead');
    expect(exported.subjects).toEqual([leadId]);
    expect(exported.records.leads).toHaveLength(1);
    expect(exported.records.leads[0]).toMatchObject({
      contact_name: 'Grace Hopper',
      email,
      phone: '+1 202 555 0147',
    });
    expect(exported.records.leadActivities[0].notes).toBe('Grace asked for a quote');
    const captured = exported.history[leadId].find(
      (e: Data) => e.eventType === 'lead.LeadCaptured.v1',
    );
    expect(captured.data.contactName).toBe('Grace Hopper');

    const [request] = await sut.service.deps.dataSource.query(
      `SELECT kind, requested_by, subject_ids, email_sha256, found::text AS found FROM privacy_request WHERE id = $1`,
      [exported.requestId],
    );
    expect(request).toMatchObject({
      kind: 'EXPORT',
      requested_by: admin.id,
      subject_ids: [leadId],
    });
    expect(request.email_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(request.found).not.toContain('Grace');
  });

  it('erases the person in place: rows, notes and history read as erased, the record keeps no data', async () => {
    const email = `grace-${randomUUID()}@navy.test`;
    const leadId = await createLead(email);
    const db = sut.service.deps.dataSource;

    const erased = expectData(
      await gql(admin, `mutation($e: String) { eraseLeadPersonalData(email: $e) { ${part} } }`, {
        e: email,
      }),
    ).eraseLeadPersonalData;
    expect(erased.subjects).toEqual([leadId]);
    expect(erased.records).toMatchObject({ leads: 1, leadActivities: 1, keysDestroyed: 1 });

    const [lead] = await db.query(
      'SELECT contact_name, email, phone, status, company FROM lead WHERE id = $1',
      [leadId],
    );
    expect(lead).toMatchObject({ contact_name: 'erased', email: null, phone: null });
    expect(lead.company).toMatch(/^Acme /); // the company is not the person
    const [activity] = await db.query('SELECT notes FROM lead_activity WHERE lead_id = $1', [
      leadId,
    ]);
    expect(activity.notes).toBe('erased');

    const outbox = await db.query(
      `SELECT payload::text AS text FROM outbox_message WHERE aggregate_id = $1`,
      [leadId],
    );
    expect(outbox.length).toBeGreaterThan(0);
    for (const row of outbox) expect(row.text).not.toMatch(/Grace|grace-|555 0147/);

    const history = expectData(
      await gql(admin, `query($id: ID!) { lead(id: $id) { history { eventType data } } }`, {
        id: leadId,
      }),
    ).lead.history;
    const captured = history.find((e: Data) => e.eventType === 'lead.LeadCaptured.v1');
    expect(captured.data.contactName).toBe('erased');

    // Asked again (a retry), nothing is left to erase; the export finds the erased record only.
    const again = expectData(
      await gql(admin, `query($id: [ID!]) { leadPersonalData(ids: $id) { ${part} } }`, {
        id: [leadId],
      }),
    ).leadPersonalData;
    expect(JSON.stringify(again)).not.toMatch(/Grace|grace-|555 0147/);
    const requests = await db.query(
      `SELECT kind, found::text AS found FROM privacy_request WHERE $1 = ANY(subject_ids) ORDER BY requested_at`,
      [leadId],
    );
    expect(requests.map((r: Data) => r.kind)).toEqual(['ERASURE', 'EXPORT']);
    for (const r of requests) expect(r.found).not.toMatch(/Grace|grace-/);
  });

  it('does not re-create an erased person from a re-delivered marketing record', async () => {
    const broker = testBroker();
    try {
      const record = marketingLead({ contactName: 'Grace Hopper' });
      const db = sut.service.deps.dataSource;
      const handled = () => sut.handled('lead.marketing-intake');
      const before = await handled();
      await publish(broker, sut, Topics.marketingLeads, [marketingEnvelope(record)]);
      await waitFor(async () => (await handled()) === before + 1, { what: 'the first intake' });
      const [lead] = await db.query('SELECT id FROM lead WHERE external_id = $1', [
        record.externalId,
      ]);
      const erase = async () =>
        expectData(
          await gql(
            admin,
            `mutation($e: String) { eraseLeadPersonalData(email: $e) { records } }`,
            { e: record.email },
          ),
        ).eraseLeadPersonalData.records;
      const email = record.email!;
      const marketingTopic = async () => {
        const reader = await collectMessages(broker, `${sut.topicPrefix}${Topics.marketingLeads}`);
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        await reader.close();
        return reader.messages.map((m) => m.value?.toString() ?? '').join('\n');
      };
      expect(await marketingTopic()).toContain(email);

      // The erasure cuts marketing's topic up to what the intake has read: the record is gone.
      const answer = await waitFor(
        async () => {
          const records = await erase();
          return Object.keys(records.topics[Topics.marketingLeads].truncated).length > 0 &&
            !(await marketingTopic()).includes(email)
            ? records
            : undefined;
        },
        { what: 'the read record cut from marketing’s topic', timeoutMs: 30_000 },
      );
      expect(answer.topics[Topics.marketingLeads].deadLetters).toMatchObject({ removed: 0 });

      // Marketing sends it again, once as it was and once under a new id: neither is stored.
      const again = { ...record, externalId: `${record.externalId}-again` };
      await publish(broker, sut, Topics.marketingLeads, [
        marketingEnvelope(record),
        marketingEnvelope(again),
      ]);
      await waitFor(async () => (await handled()) === before + 3, { what: 'the re-deliveries' });
      const leads = await db.query(
        `SELECT id, contact_name, email FROM lead WHERE external_id = ANY($1)`,
        [[record.externalId, again.externalId]],
      );
      expect(leads).toEqual([{ id: lead.id, contact_name: 'erased', email: null }]);
      const merges = await db.query('SELECT contact_name FROM lead_merge WHERE lead_id = $1', [
        lead.id,
      ]);
      expect(merges).toEqual([]);

      // Refused, then read: the next erasure (a retry here) cuts them too.
      await waitFor(async () => (await erase()) && !(await marketingTopic()).includes(email), {
        what: 'the re-deliveries cut from marketing’s topic',
        timeoutMs: 30_000,
      });
    } finally {
      await broker.disconnect();
    }
  });

  it('refuses a request that names nobody, with a message', async () => {
    const response = await gql(admin, `mutation { eraseLeadPersonalData { service } }`);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain('Name the person by e-mail');
  });
});

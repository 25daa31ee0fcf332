import { LeadAssigned, LeadCaptured, Topics } from '@salesgraph/events';
import { DemoUsers, INTERNAL_TOKEN_HEADER } from '@salesgraph/identity';
import {
  collectMessages,
  errorCode,
  expectData,
  postGraphQL,
  startServiceUnderTest,
  testBroker,
  waitFor,
  type ServiceUnderTest,
} from '@salesgraph/testing';
import { loadLeadConfig, type LeadConfig } from '../../src/config';
import { leadService } from '../../src/service-definition';

describe('lead subgraph', () => {
  let sut: ServiceUnderTest<LeadConfig>;

  beforeAll(async () => {
    sut = await startServiceUnderTest({
      label: 'lead',
      loadConfig: loadLeadConfig,
      definition: leadService,
    });
  });
  afterAll(() => sut?.stop());

  it('creates a lead owned by the rep and publishes LeadCaptured from the outbox', async () => {
    const broker = testBroker();
    const topic = `${sut.topicPrefix}${Topics.lead}`;
    const collector = await collectMessages(broker, topic);
    try {
      const created = expectData(
        await sut.query<{ createLead: { id: string; ownerId: string; status: string } }>(
          DemoUsers.rep,
          'mutation($input: CreateLeadInput!) { createLead(input: $input) { id ownerId status } }',
          { input: { company: 'Acme GmbH', contactName: 'Jo Buyer', email: 'jo@acme.example' } },
        ),
      ).createLead;
      expect(created).toMatchObject({ ownerId: DemoUsers.rep.id, status: 'NEW' });

      const message = await waitFor(() => collector.messages.find((m) => m.key === created.id), {
        what: 'LeadCaptured',
      });
      const envelope = JSON.parse(message.value!.toString());
      expect(envelope).toMatchObject({
        type: LeadCaptured.type,
        subject: created.id,
        actorid: DemoUsers.rep.id,
        source: 'salesgraph/lead',
      });
      expect(message.headers.ce_type).toBe(LeadCaptured.type);

      const history = expectData(
        await sut.query<{ lead: { history: Array<{ eventType: string; actorId: string }> } }>(
          DemoUsers.rep,
          'query($id: ID!) { lead(id: $id) { history { eventType actorId } } }',
          { id: created.id },
        ),
      ).lead.history;
      expect(history).toEqual([
        { eventType: LeadCaptured.type, actorId: DemoUsers.rep.id },
        { eventType: LeadAssigned.type, actorId: DemoUsers.rep.id },
      ]);
    } finally {
      await collector.close();
      await broker.disconnect();
    }
  });

  it('hides a rep’s lead from another rep, in queries and in _entities', async () => {
    const created = expectData(
      await sut.query<{ createLead: { id: string } }>(
        DemoUsers.rep,
        'mutation { createLead(input: { company: "Hidden AG", contactName: "X" }) { id } }',
      ),
    ).createLead;
    const other = await sut.query(DemoUsers.rep2, 'query($id: ID!) { lead(id: $id) { id } }', {
      id: created.id,
    });
    expect(errorCode(other)).toBe('NOT_FOUND');
    const entities = await sut.query<{ _entities: Array<unknown> }>(
      DemoUsers.rep2,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Lead { id company } } }',
      { r: [{ __typename: 'Lead', id: created.id }] },
    );
    expect(expectData(entities)._entities).toEqual([null]);
  });

  it('refuses a malformed email with BAD_USER_INPUT and creates nothing', async () => {
    const before = expectData(
      await sut.query<{ leads: unknown[] }>(DemoUsers.rep3, '{ leads { id } }'),
    ).leads.length;
    const response = await sut.query(
      DemoUsers.rep3,
      'mutation { createLead(input: { company: "A", contactName: "B", email: "not-an-email" }) { id } }',
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain('email must be a valid e-mail address');
    const after = expectData(
      await sut.query<{ leads: unknown[] }>(DemoUsers.rep3, '{ leads { id } }'),
    ).leads.length;
    expect(after).toBe(before);
  });

  it('refuses a lead that is already known, whoever owns it, with CONFLICT', async () => {
    const mutation = 'mutation($i: CreateLeadInput!) { createLead(input: $i) { id } }';
    const email = `buyer-${Date.now()}@initech.example`;
    expectData(
      await sut.query(DemoUsers.rep, mutation, {
        i: { company: 'Initech', contactName: 'Peter', email },
      }),
    );
    const again = await sut.query(DemoUsers.rep2, mutation, {
      i: { company: 'Initech AG', contactName: 'P. Gibbons', email: email.toUpperCase() },
    });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors?.[0].message).toBe(
      'This lead is already known (same email): ask your sales manager to assign it to you.',
    );
    const mine = expectData(
      await sut.query<{ leads: unknown[] }>(DemoUsers.rep2, '{ leads { id } }'),
    );
    expect(mine.leads).toEqual([]);
  });

  it('refuses every request without the gateway credential, _service and _entities included', async () => {
    const url = `${sut.service.url}/graphql`;
    for (const query of [
      '{ _service { sdl } }',
      '{ _entities(representations: [{ __typename: "Lead", id: "x" }]) { __typename } }',
      '{ leads { id } }',
    ]) {
      const response = await postGraphQL(
        url,
        { query },
        { 'x-user-id': DemoUsers.admin.id, 'x-user-roles': 'ADMIN' },
      );
      expect(response.status).toBe(401);
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
    }
    const forged = await postGraphQL(
      url,
      { query: '{ leads { id } }' },
      { [INTERNAL_TOKEN_HEADER]: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1LWFkbWluIn0.' },
    );
    expect(forged.status).toBe(401);
  });

  it('answers health checks', async () => {
    expect((await fetch(`${sut.service.url}/health/live`)).status).toBe(200);
    // Ready once every consumer has joined its group.
    const ready = await waitFor(
      async () => {
        const response = await fetch(`${sut.service.url}/health/ready`);
        return response.status === 200 && response;
      },
      { what: 'readiness' },
    );
    expect(await ready.json()).toMatchObject({
      status: 'ok',
      checks: { database: { ok: true }, kafka: { ok: true }, consumers: { ok: true } },
    });
  });

  it('is not ready while a consumer is stopped, and says which one', async () => {
    const [consumer] = sut.service.subscribers;
    await consumer.stop();
    const ready = await fetch(`${sut.service.url}/health/ready`);
    expect(ready.status).toBe(503);
    const report = (await ready.json()) as {
      status: string;
      checks: Record<string, { ok: boolean; error?: string }>;
    };
    expect(report.status).toBe('unavailable');
    expect(report.checks.consumers).toMatchObject({ ok: false });
    expect(report.checks.consumers.error).toContain(`${consumer.groupId}: stopped`);
  });
});

import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DemoProducts } from '@salesgraph/demo-data';
import { createEnvelope, MarketingLeadCaptured, Topics } from '@salesgraph/events';
import { DemoUsers } from '@salesgraph/identity';
import { SUBJECT_KEYS_TOPIC } from '@salesgraph/messaging';
import { testBroker, waitFor } from '@salesgraph/testing';
import { Client } from 'pg';
import { PrivacyClient } from '../../src/scripts/privacy-client';
import { tokenFor } from './support/e2e-client';
import { convertLeadMutation } from './support/lead-to-order';
import {
  brokerTopic,
  demoUser,
  graph,
  graphEventually,
  marketingLead,
  publishMarketingLead,
  publishWithKcat,
  readTopicWithKcat,
} from './support/platform';
import { stackInfo } from './support/stack-info';

/** Every message of a topic as it is now, from its first retained offset, as text. */
async function rawTopic(topic: string): Promise<string> {
  const messages = await readTopicWithKcat(topic);
  return messages.map((m) => m.value ?? '').join('\n');
}

/** `npm run replay -- <service> [projection...]` (infra/replay.cjs) against this stack. */
async function replay(service: 'planning' | 'account', ...projections: string[]): Promise<void> {
  const info = stackInfo();
  await promisify(execFile)(
    process.execPath,
    [join(__dirname, '..', '..', '..', 'infra', 'replay.cjs'), service, ...projections],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        DATABASE_URL: info.databaseUrls[service],
        KAFKA_BROKERS: info.kafkaBrokers,
        KAFKA_TOPIC_PREFIX: info.topicPrefix,
        INTERNAL_TOKEN_PUBLIC_JWK: JSON.stringify(info.internalKeys.publicJwk),
      },
      timeout: 120_000,
    },
  );
}

/**
 * A person's data across the platform (docs/privacy.md): a marketing lead
 * converted into an account contact, with activities and a confirmed order,
 * exported and then erased through the gateway as the `npm run privacy`
 * command does. Afterwards no table, no history, no event on our topics or
 * on marketing's (nor its dead letters) and no projection rebuilt by
 * `npm run replay` shows their name, e-mail or phone, and the figures do not move.
 */
describe('a person exported and erased everywhere', () => {
  const tag = randomUUID().slice(0, 8);
  const person = {
    contactName: `Erin Erasure ${tag}`,
    email: `erin.${tag}@erasure-${tag}.example`,
    phone: `+49 30 ${tag.replace(/\D/g, '7').slice(0, 6)}99`,
  };
  const traces = [person.contactName, person.email, person.phone];
  const shows = (text: string) => traces.filter((t) => text.includes(t));
  let client: PrivacyClient;
  let leadId: string;
  let accountId: string;
  let contactId: string;
  let repId: string;
  const today = new Date().toISOString().slice(0, 10);
  const monthStart = `${today.slice(0, 7)}-01`;

  const figures = () =>
    graph<{ account: { revenue: { booked: string } }; accountAttainment: { booked: string } }>(
      'admin',
      `query($a: ID!, $from: LocalDate!, $to: LocalDate!, $m: String!) {
        account(id: $a) { revenue(from: $from, to: $to) { booked } }
        accountAttainment(accountId: $a, periodKind: MONTH, periodStart: $m) { booked }
      }`,
      { a: accountId, from: monthStart, to: today, m: monthStart },
    );

  /** Every row of every table of these service databases that shows the person. */
  const tablesShowing = async (services: string[]) => {
    const found: Array<{ service: string; tablename: string; shows: string[] }> = [];
    for (const [service, url] of Object.entries(stackInfo().databaseUrls)) {
      if (!services.includes(service)) continue;
      const db = new Client({ connectionString: url });
      await db.connect();
      try {
        const tables = await db.query(
          `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`,
        );
        for (const { tablename } of tables.rows) {
          const rows = await db.query(`SELECT t::text AS text FROM "${tablename}" t`);
          for (const { text } of rows.rows)
            if (shows(text).length) found.push({ service, tablename, shows: shows(text) });
        }
      } finally {
        await db.end();
      }
    }
    return found;
  };

  beforeAll(async () => {
    client = new PrivacyClient(stackInfo().gatewayUrl, await tokenFor(DemoUsers.admin));
    const data = marketingLead({ country: 'DE', ...person });
    await publishMarketingLead(data);
    // The same person in a record marketing got wrong: dead-lettered with them in clear.
    const valid = createEnvelope(
      MarketingLeadCaptured,
      marketingLead({ country: 'DE', ...person }),
      { source: 'marketing/automation', correlationId: 'e2e-privacy', actor: { type: 'system' } },
    );
    await publishWithKcat(
      Topics.marketingLeads,
      valid.data.externalId,
      JSON.stringify({ ...valid, data: { ...valid.data, capturedAt: 'last tuesday' } }),
    );
    await waitFor(async () => shows(await rawTopic(`${Topics.marketingLeads}.dlq`)).length > 0, {
      what: 'the broken record dead-lettered',
      timeoutMs: 60_000,
      intervalMs: 1_000,
    });
    const { leads } = await graphEventually<{ leads: Array<{ id: string; ownerId: string }> }>(
      'manager',
      'query($c: String) { leads(filter: { campaign: $c }) { id ownerId } }',
      { c: data.campaign },
      (d) => d.leads.length === 1 && d.leads[0].ownerId !== null,
      'the lead to be captured and assigned',
    );
    leadId = leads[0].id;
    repId = leads[0].ownerId;
    const rep = demoUser(repId);
    await graph(
      rep,
      'mutation($id: ID!, $i: LogLeadActivityInput!) { logLeadActivity(leadId: $id, input: $i) { id } }',
      {
        id: leadId,
        i: {
          type: 'CALL',
          outcome: 'REACHED',
          occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
          notes: `${person.contactName} wants valves`,
        },
      },
    );
    await graph(rep, 'mutation($id: ID!) { markLeadContacted(id: $id) { status } }', {
      id: leadId,
    });
    await graph(rep, 'mutation($id: ID!) { qualifyLead(id: $id) { status } }', { id: leadId });
    const converted = await graph<{ convertLead: { conversion: { accountId: string } } }>(
      rep,
      convertLeadMutation,
      { id: leadId, p: DemoProducts.valve.id },
    );
    accountId = converted.convertLead.conversion.accountId;
    const order = await graphEventually<{ createOrder: { id: string; version: number } }>(
      rep,
      'mutation($a: ID!, $p: ID!) { createOrder(input: { accountId: $a, lines: [{ productId: $p, quantity: "10" }] }) { id version } }',
      { a: accountId, p: DemoProducts.valve.id },
      () => true,
      'the order service to know the new account',
    );
    const placed = await graph<{ placeOrder: { version: number } }>(
      rep,
      'mutation($id: ID!, $v: Int!) { placeOrder(orderId: $id, expectedVersion: $v) { version } }',
      { id: order.createOrder.id, v: order.createOrder.version },
    );
    await graph(
      'coordinator',
      'mutation($id: ID!, $v: Int!) { confirmOrder(orderId: $id, expectedVersion: $v) { status } }',
      { id: order.createOrder.id, v: placed.placeOrder.version },
    );
    await graphEventually<{ accountAttainment: { booked: string } }>(
      'admin',
      'query($a: ID!, $m: String!) { accountAttainment(accountId: $a, periodKind: MONTH, periodStart: $m) { booked } }',
      { a: accountId, m: monthStart },
      (d) => Number(d.accountAttainment.booked) > 0,
      'the confirmed order in attainment',
    );
  }, 120_000);

  it('exports the person from every service that holds them, as one document', async () => {
    const document = await waitFor(
      async () => {
        const d = await client.exportPerson({ email: person.email.toUpperCase() });
        return (d.services.account?.subjects.length ?? 0) > 0 ? d : undefined;
      },
      { what: 'the contact in the account service', timeoutMs: 30_000 },
    );
    expect(document.errors).toEqual([]);
    const lead = document.services.lead!;
    expect(lead.subjects).toEqual([leadId]);
    expect(JSON.stringify(lead.records)).toContain(person.phone);
    expect(JSON.stringify(lead.records.leadActivities)).toContain('wants valves');
    expect(JSON.stringify(lead.history[leadId])).toContain(person.contactName);
    const account = document.services.account!;
    contactId = account.subjects[0];
    expect(lead.related).toEqual([contactId]);
    expect(account.records.contacts).toEqual([
      expect.objectContaining({
        name: person.contactName,
        email: person.email,
        phone: person.phone,
      }),
    ]);
    expect(JSON.stringify(account.history[contactId])).toContain(person.email);
    expect(document.services.order).toBeDefined();
    expect(document.services.notification).toBeDefined();
    expect(document.ids.sort()).toEqual([contactId, leadId].sort());
  });

  it('erases them: no table, history or event on our topics or marketing’s shows them; the figures stay', async () => {
    const before = await figures();
    const erased = await client.erasePerson({ email: person.email });
    expect(erased.errors).toEqual([]);
    expect(erased.services.lead!.records).toMatchObject({
      leads: 1,
      leadActivities: 1,
      keysDestroyed: 1,
    });
    expect(erased.services.account!.records).toMatchObject({ contacts: 1, keysDestroyed: 1 });
    // Marketing's topic: cut where the intake had read up to; the person's dead letter removed.
    const marketing = (erased.services.lead!.records.topics as Record<string, never>)[
      Topics.marketingLeads
    ] as { truncated: Record<string, string>; deadLetters: { removed: number } };
    expect(Object.keys(marketing.truncated).length).toBeGreaterThan(0);
    expect(marketing.deadLetters).toMatchObject({ removed: 1 });

    // Every row of every table of every service database.
    expect(await tablesShowing(Object.keys(stackInfo().databaseUrls))).toEqual([]);

    // History, as an admin reads it.
    const history = await graph<Record<string, { history: unknown }>>(
      'admin',
      'query($l: ID!, $a: ID!) { lead(id: $l) { history { data } } account(id: $a) { contacts { history { data } } } }',
      { l: leadId, a: accountId },
    );
    expect(shows(JSON.stringify(history))).toEqual([]);
    expect(JSON.stringify(history)).toContain('erased');

    // Every event on our topics and on marketing's (and its dead letters), read raw from the
    // beginning; the keys topic keeps tombstones only.
    const broker = testBroker();
    const roller = broker.producer();
    await roller.connect();
    try {
      const topics = [
        Topics.lead,
        Topics.account,
        Topics.order,
        Topics.planning,
        Topics.notification,
        Topics.marketingLeads,
        `${Topics.marketingLeads}.dlq`,
      ];
      for (const topic of topics)
        expect({ topic, shows: shows(await rawTopic(topic)) }).toEqual({ topic, shows: [] });
      await waitFor(
        async () => {
          // A message of another key rolls the segment holding the tombstones, so the cleaner takes it.
          await roller.send(brokerTopic(SUBJECT_KEYS_TOPIC), [
            { key: `roll-${randomUUID()}`, value: null },
          ]);
          const messages = await readTopicWithKcat(SUBJECT_KEYS_TOPIC);
          const mine = messages.filter((m) => m.key === leadId || m.key === contactId);
          return mine.length >= 2 && mine.every((m) => m.value === null);
        },
        { what: 'the two keys compacted away', timeoutMs: 120_000, intervalMs: 2_000 },
      );
    } finally {
      await broker.disconnect();
    }

    expect(await figures()).toEqual(before);
  }, 240_000);

  it('rebuilds the projections by npm run replay after the erasure: nothing of them, the same figures', async () => {
    const before = await figures();

    await replay('planning');
    await replay('account', 'order-commercials');

    for (const service of ['planning', 'account'] as const) {
      const db = new Client({ connectionString: stackInfo().databaseUrls[service] });
      await db.connect();
      try {
        const runs = await db.query(
          `SELECT status, events_replayed FROM projection_rebuild ORDER BY started_at DESC LIMIT 1`,
        );
        expect(runs.rows[0]).toMatchObject({ status: 'DONE' });
        expect(runs.rows[0].events_replayed).toBeGreaterThan(0);
      } finally {
        await db.end();
      }
    }
    expect(await tablesShowing(['planning', 'account'])).toEqual([]);
    expect(await figures()).toEqual(before);
  }, 300_000);
});

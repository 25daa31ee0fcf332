import { join } from 'node:path';
import { DemoProducts } from '@salesgraph/demo-data';
import { AccountCreated, LeadConverted, OrderPlaced, Topics } from '@salesgraph/events';
import { DemoUsers, issueDevToken, type AuthenticatedUser } from '@salesgraph/identity';
import { createKafkaTopicAdmin, type IncomingMessage } from '@salesgraph/messaging';
import {
  collectMessages,
  createTestDatabase,
  marketingLeadEnvelope,
  metricSum,
  scrapeMetrics,
  testBroker,
  testInfrastructure,
  testTopicPrefix,
  waitFor,
} from '@salesgraph/testing';
import pino from 'pino';
import { marketingLead } from './support/platform';
import { stackInfo } from './support/stack-info';

const { startThrowawayPlatform, repoRoot } = require('../../../infra/stack/throwaway-platform.cjs');

interface ThrowawayPlatform {
  stack: { stopOne(name: string): Promise<void> };
  ports: Record<string, number[]> & { metrics: Record<string, number[]> };
  urls: { gateways: string[]; orderAdmin: string };
  stop(): Promise<void>;
}

/**
 * Two of everything, as SALESGRAPH_REPLICAS=2 and a cluster run it: two
 * instances of every service, of the gateway and of order administration, on
 * their own databases and topics. Traffic runs through both gateways (as a
 * load balancer sends it: a refused connection goes to the other one); in the
 * middle of it one instance of each is stopped. Every request is answered,
 * consumers share partitions and take over, and no event is doubled.
 */
describe('two of everything', () => {
  const { kafkaBrokers } = testInfrastructure();
  const topicPrefix = testTopicPrefix('two');
  const broker = testBroker();
  let platform: ThrowawayPlatform | undefined;
  let stack: ThrowawayPlatform['stack'];
  let ports: ThrowawayPlatform['ports'];
  let urls: ThrowawayPlatform['urls'];

  beforeAll(async () => {
    const { issuer, internalKeys } = stackInfo();
    platform = (await startThrowawayPlatform({
      label: 'two',
      instances: 2,
      createDatabase: createTestDatabase,
      kafkaBrokers: kafkaBrokers.join(','),
      topicPrefix,
      internalKeys,
      issuer,
      logDir: join(repoRoot, 'reports', 'e2e-logs', 'two-of-everything'),
      logLevel: process.env.TEST_LOG_LEVEL ?? 'info',
      extraServiceEnv: { OUTBOX_POLL_INTERVAL_MS: '50' },
      extraGatewayEnv: { RATE_LIMIT_BURST: '2000', RATE_LIMIT_PER_SECOND: '500' },
    })) as ThrowawayPlatform;
    ({ stack, ports, urls } = platform);
  }, 1_500_000);

  afterAll(async () => {
    await platform?.stop();
    await broker.disconnect();
  }, 120_000);

  // ---- a client of this stack, spreading requests over both gateways ----
  let turn = 0;
  const answered: Array<{ ok: boolean; what: string; errors?: unknown }> = [];
  async function gql<T>(
    who: AuthenticatedUser,
    query: string,
    variables: Record<string, unknown> = {},
    options: { expectErrors?: boolean } = {},
  ): Promise<{ data?: T; errors?: Array<{ extensions?: { code?: string } }> }> {
    const { issuer } = stackInfo();
    const token = await issueDevToken(issuer.privateJwk, who, {
      issuer: issuer.url,
      audience: issuer.audience,
      expiresIn: '10m',
    });
    const gateways = urls.gateways;
    const first = turn++ % gateways.length;
    let lastError: unknown;
    for (const url of [gateways[first], gateways[1 - first]]) {
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await response.json()) as {
          data?: T;
          errors?: Array<{ extensions?: { code?: string } }>;
        };
        if (!options.expectErrors)
          answered.push({
            ok: !body.errors?.length,
            what: query.slice(0, 60),
            errors: body.errors,
          });
        return body;
      } catch (error) {
        // A load balancer's retry: only a connection that never reached a gateway.
        const code = (error as { cause?: { code?: string } }).cause?.code;
        if (!['ECONNREFUSED', 'ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE'].includes(code ?? ''))
          throw error;
        lastError = error;
      }
    }
    throw lastError;
  }
  async function until<T>(
    who: AuthenticatedUser,
    query: string,
    variables: Record<string, unknown>,
    ready: (data: T) => boolean,
    what: string,
  ): Promise<T> {
    return waitFor(
      async () => {
        const { data, errors } = await gql<T>(who, query, variables, { expectErrors: true });
        return data && !errors?.length && ready(data) ? data : undefined;
      },
      { what, timeoutMs: 60_000, intervalMs: 300 },
    );
  }

  async function publishLead() {
    const data = marketingLead({ country: 'DE' });
    const envelope = marketingLeadEnvelope(data, 'two');
    await broker
      .producer()
      .send(`${topicPrefix}${Topics.marketingLeads}`, [
        { key: data.externalId, value: JSON.stringify(envelope) },
      ]);
    return data;
  }

  /** One customer won: lead captured and assigned, qualified, converted, first order placed. */
  async function winCustomer(): Promise<{
    leadId: string;
    accountId: string;
    orderId: string;
    company: string;
  }> {
    const data = await publishLead();
    const { leads } = await until<{ leads: Array<{ id: string; ownerId: string | null }> }>(
      DemoUsers.manager,
      'query($c: String) { leads(filter: { campaign: $c }) { id ownerId } }',
      { c: data.campaign },
      (d) => d.leads.length === 1 && d.leads[0].ownerId !== null,
      'the lead to be captured and assigned',
    );
    const leadId = leads[0].id;
    const rep = Object.values(DemoUsers).find((u) => u.id === leads[0].ownerId)!;
    await gql(rep, 'mutation($id: ID!) { markLeadContacted(id: $id) { status } }', { id: leadId });
    await gql(rep, 'mutation($id: ID!) { qualifyLead(id: $id) { status } }', { id: leadId });
    const converted = await gql<{ convertLead: { conversion: { accountId: string } } }>(
      rep,
      'mutation($id: ID!, $p: ID!) { convertLead(id: $id, input: { opportunity: { amount: "1000.00", products: [{ productId: $p, quantity: 4 }] } }) { conversion { accountId } } }',
      { id: leadId, p: DemoProducts.valve.id },
    );
    const accountId = converted.data!.convertLead.conversion.accountId;
    const created = await until<{ createOrder: { id: string; version: number } }>(
      rep,
      'mutation($a: ID!, $p: ID!) { createOrder(input: { accountId: $a, lines: [{ productId: $p, quantity: "4" }] }) { id version } }',
      { a: accountId, p: DemoProducts.valve.id },
      () => true,
      'the order service to know the new account',
    );
    await gql(
      rep,
      'mutation($id: ID!, $v: Int!) { placeOrder(orderId: $id, expectedVersion: $v) { status } }',
      {
        id: created.createOrder.id,
        v: created.createOrder.version,
      },
    );
    return { leadId, accountId, orderId: created.createOrder.id, company: data.company };
  }

  it('answers every request and doubles no event while one instance of each stops mid-traffic', async () => {
    const admin = createKafkaTopicAdmin({
      clientId: 'two-check',
      brokers: kafkaBrokers,
      logger: pino({ level: 'silent' }),
    });
    const topics = [Topics.lead, Topics.account, Topics.order].map((t) => `${topicPrefix}${t}`);
    const collectors = await Promise.all(topics.map((t) => collectMessages(broker, t)));
    try {
      // Both instances of a service share the partitions of its one consumer group.
      for (const group of ['account.consumers', 'lead.consumers', 'planning.consumers'])
        await waitFor(
          async () => (await admin.describeGroup(`${topicPrefix}${group}`)).members.length === 2,
          {
            what: `two members in ${group}`,
            timeoutMs: 60_000,
          },
        );

      // Traffic: customers won two at a time, and readers on both gateways all along.
      let reading = true;
      const readers = Promise.all(
        [DemoUsers.rep, DemoUsers.accountManager].map(async (who) => {
          let reads = 0;
          while (reading || reads < 5) {
            // Named subgraphs of their own: which one resolves a shareable `me` is the planner's choice.
            await gql(who, '{ me { id leads(limit: 5) { id } } accounts(limit: 5) { id } }');
            reads += 1;
          }
          return reads;
        }),
      );
      const won: Array<Awaited<ReturnType<typeof winCustomer>>> = [];
      const wave = async (n: number) =>
        won.push(...(await Promise.all(Array.from({ length: n }, winCustomer))));
      await wave(2);
      // The gateways spread requests over both instances of each subgraph.
      for (const service of ['lead', 'account', 'order'])
        for (const port of ports.metrics[service]) {
          const served = await scrapeMetrics(`http://127.0.0.1:${port}/metrics`);
          expect({
            service,
            port,
            served: metricSum(served, 'salesgraph_graphql_operations_total') > 0,
          }).toEqual({ service, port, served: true });
        }
      // Mid-traffic: stop one instance of each, gracefully, while the next wave runs.
      const nextWave = wave(2);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await Promise.all(
        ['lead-2', 'account-2', 'order-2', 'planning-2', 'gateway-2', 'order-admin-2'].map((n) =>
          stack.stopOne(n),
        ),
      );
      await nextWave;
      await wave(2);
      reading = false;
      const reads = await readers;

      // Every request answered, without an error.
      expect(answered.filter((a) => !a.ok)).toEqual([]);
      expect(reads.every((r) => r >= 5)).toBe(true);
      expect(won).toHaveLength(6);

      // Every customer exactly once: one account each, found once, and its order in the remaining queue.
      for (const customer of won) {
        const { accounts } = await until<{ accounts: Array<{ id: string }> }>(
          DemoUsers.admin,
          'query($s: String) { accounts(search: $s) { id } }',
          { s: customer.company },
          (d) => d.accounts.length > 0,
          'the account',
        );
        expect(accounts).toEqual([{ id: customer.accountId }]);
      }
      // No event doubled: each event id once on its topic, one conversion, account and placement per customer.
      const [leadEvents, accountEvents, orderEvents] = collectors.map((c) => c.messages);
      const count = (messages: IncomingMessage[], type: string, key: string) =>
        messages.filter((m) => m.headers.ce_type === type && m.key === key).length;
      await waitFor(() => won.every((c) => count(orderEvents, OrderPlaced.type, c.orderId) >= 1), {
        what: 'every OrderPlaced on the topic',
        timeoutMs: 30_000,
      });
      for (const customer of won) {
        expect(count(leadEvents, LeadConverted.type, customer.leadId)).toBe(1);
        expect(count(accountEvents, AccountCreated.type, customer.accountId)).toBe(1);
        expect(count(orderEvents, OrderPlaced.type, customer.orderId)).toBe(1);
      }
      for (const messages of [leadEvents, accountEvents, orderEvents]) {
        const ids = messages.map((m) => m.headers.ce_id);
        expect(ids.length).toBeGreaterThan(0);
        expect(new Set(ids).size).toBe(ids.length);
      }

      // The surviving order administration has every placed order.
      const { issuer } = stackInfo();
      const coordinatorToken = await issueDevToken(issuer.privateJwk, DemoUsers.coordinator, {
        issuer: issuer.url,
        audience: issuer.audience,
        expiresIn: '10m',
      });
      await waitFor(
        async () => {
          const response = await fetch(`${urls.orderAdmin}/queue`, {
            headers: { authorization: `Bearer ${coordinatorToken}` },
          });
          const queue = (await response.json()) as { entries: Array<{ orderId: string }> };
          return won.every((c) => queue.entries.some((e) => e.orderId === c.orderId));
        },
        {
          what: "every placed order in the remaining order administration's queue",
          timeoutMs: 30_000,
        },
      );

      // The stopped instances' consumer groups now have one member: the partitions moved over.
      expect((await admin.describeGroup(`${topicPrefix}account.consumers`)).members).toHaveLength(
        1,
      );
    } finally {
      await Promise.all(collectors.map((c) => c.close()));
      await admin.disconnect();
    }
  }, 600_000);
});

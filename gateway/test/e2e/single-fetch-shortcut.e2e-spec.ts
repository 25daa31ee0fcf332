import { randomBytes, randomUUID } from 'node:crypto';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import { createLogger } from '@salesgraph/service-kit';
import { metricSum, readReceivedSpans, scrapeMetrics, waitFor } from '@salesgraph/testing';
import { loadGatewayConfig } from '../../src/config';
import { startGateway, type RunningGateway } from '../../src/gateway-app';
import { tokenFor } from './support/e2e-client';
import { ownGatewayEnv, stackInfo } from './support/stack-info';

const shortcutTotal = 'salesgraph_gateway_single_fetch_shortcut_total';

interface Answer {
  status: number;
  /**
   * Every header's name and value (the content type and cache-control among them) but the date
   * and the correlation id (new for every request).
   */
  headers: Array<[string, string]>;
  /** The body, each correlation id (new for every request) written as <id>. */
  body: string;
}

/**
 * Reads one subgraph answers as asked skip Apollo Server's pipeline in our gateway
 * (single-fetch-shortcut.ts). Against the stack's real services, a gateway with the shortcut
 * and one without it must give the same answer, byte for byte, to every request: the reads it
 * answers itself and the ones it hands to the full path with the subgraph's answer (errors).
 */
describe('the single-fetch shortcut, against the full path', () => {
  const info = stackInfo();
  let withShortcut: RunningGateway;
  let fullPath: RunningGateway;

  beforeAll(async () => {
    withShortcut = await startGateway(
      loadGatewayConfig(ownGatewayEnv(info, { METRICS_PORT: '0' })),
      {
        logger: createLogger('gateway-shortcut', 'warn'),
      },
    );
    fullPath = await startGateway(
      loadGatewayConfig(ownGatewayEnv(info, { SINGLE_FETCH_SHORTCUT: 'false' })),
      { logger: createLogger('gateway-full-path', 'warn') },
    );
  });
  afterAll(async () => {
    await withShortcut?.stop();
    await fullPath?.stop();
  });

  /** POSTs to a gateway (one of this test's, or the stack's URL) as `user`. */
  const send = async (
    gateway: RunningGateway | string,
    user: AuthenticatedUser,
    body: unknown,
    headers: Record<string, string>,
  ): Promise<Answer> => {
    const url = typeof gateway === 'string' ? gateway : `${gateway.url}/graphql`;
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await tokenFor(user)}`,
        ...headers,
      },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      headers: [...response.headers].filter(
        ([name]) => !['date', 'x-correlation-id'].includes(name),
      ),
      body: (await response.text()).replace(/"correlationId":"[^"]+"/g, '"correlationId":"<id>"'),
    };
  };

  const counted = async () => {
    const metrics = await scrapeMetrics(withShortcut.metricsUrl!);
    return {
      answered: metricSum(metrics, shortcutTotal, { outcome: 'answered' }),
      handedOver: metricSum(metrics, shortcutTotal, { outcome: 'handed_over' }),
    };
  };

  const leadList =
    'query LeadList { leads(limit: 20) { id company contactName source status country createdAt } }';
  const page =
    'query Page($n: Int!, $o: Int!) { leads(limit: $n, offset: $o) { id company status } }';

  it.each<
    [
      string,
      AuthenticatedUser,
      Record<string, unknown>,
      Record<string, string>,
      'answered' | 'handed_over' | 'neither',
    ]
  >([
    ['the benchmark’s lead list', DemoUsers.rep, { query: leadList }, {}, 'answered'],
    [
      'a page asked with variables',
      DemoUsers.rep,
      { query: page, variables: { n: 3, o: 1 } },
      {},
      'answered',
    ],
    [
      'a page asked for as application/graphql-response+json',
      DemoUsers.manager,
      { query: page, variables: { n: 5, o: 0 } },
      { accept: 'application/graphql-response+json' },
      'answered',
    ],
    [
      'the workbench’s own leads, which the plan lists in another order (me’s id last)',
      DemoUsers.rep,
      { query: 'query MyLeads { me { id leads(limit: 5) { id company status } } }' },
      {},
      'answered',
    ],
    [
      'a lead that is not there (the subgraph’s error)',
      DemoUsers.rep,
      {
        query: 'query One($id: ID!) { lead(id: $id) { id company } }',
        variables: { id: randomUUID() },
      },
      {},
      'handed_over',
    ],
    [
      'a rep asking for the assignment rules (refused by the subgraph)',
      DemoUsers.rep,
      { query: 'query Rules { leadAssignmentRules { id name } }' },
      {},
      'handed_over',
    ],
    [
      'reads of two subgraphs',
      DemoUsers.rep,
      { query: '{ leads(limit: 2) { id } accounts(limit: 2) { id name } }' },
      {},
      'neither',
    ],
  ])('gives the full path’s answer to %s', async (_, user, body, headers, outcome) => {
    // The first request of an operation goes the full path, where the shortcut learns its plan.
    await send(withShortcut, user, body, headers);
    const before = await counted();
    const shortcut = await send(withShortcut, user, body, headers);
    const full = await send(fullPath, user, body, headers);
    expect(shortcut).toEqual(full);
    const after = await counted();
    expect(after.answered - before.answered).toBe(outcome === 'answered' ? 1 : 0);
    expect(after.handedOver - before.handedOver).toBe(outcome === 'handed_over' ? 1 : 0);
    if (outcome === 'answered') {
      expect(shortcut.status).toBe(200);
      expect(JSON.parse(shortcut.body).errors).toBeUndefined();
    } else if (outcome === 'handed_over') {
      expect(JSON.parse(shortcut.body).errors.length).toBeGreaterThan(0);
    }
  });

  it('hands a known read sent with a variable of the wrong type to the full path, which refuses it as without the shortcut', async () => {
    const body = { query: page, variables: { n: 'three', o: 0 } };
    await send(withShortcut, DemoUsers.rep, { query: page, variables: { n: 1, o: 0 } }, {});
    const shortcut = await send(withShortcut, DemoUsers.rep, body, {});
    const full = await send(fullPath, DemoUsers.rep, body, {});
    expect(shortcut).toEqual(full);
    expect(shortcut.status).toBe(400);
    expect(JSON.parse(shortcut.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('names the gateway’s span of a read it answers after the operation, and the subgraph continues the trace', async () => {
    const traceId = randomBytes(16).toString('hex');
    const query = 'query ShortcutTraced { leads(limit: 1) { id } }';
    // The stack's gateway (which exports spans): the first request learns, the second is answered.
    await send(info.gatewayUrl, DemoUsers.rep, { query }, {});
    const answered = await send(
      info.gatewayUrl,
      DemoUsers.rep,
      { query },
      {
        traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
      },
    );
    expect(answered.status).toBe(200);
    const spans = await waitFor(
      () => {
        const inTrace = readReceivedSpans(info.tracesFile).filter((s) => s.traceId === traceId);
        return inTrace.some((s) => s.service === 'gateway' && s.kind === 2) &&
          inTrace.some((s) => s.service === 'lead' && s.kind === 2)
          ? inTrace
          : undefined;
      },
      {
        what: 'the gateway’s and the lead service’s spans of the answered read',
        timeoutMs: 30_000,
      },
    );
    const gateway = spans.find((s) => s.service === 'gateway' && s.kind === 2)!;
    expect(gateway.name).toBe('graphql query ShortcutTraced');
    expect(gateway.attributes['graphql.operation.type']).toBe('query');
  });
});

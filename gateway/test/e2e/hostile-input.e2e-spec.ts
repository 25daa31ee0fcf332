import { randomUUID } from 'node:crypto';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import { createLogger } from '@salesgraph/service-kit';
import { errorCode, expectData, postGraphQL } from '@salesgraph/testing';
import { Client } from 'pg';
import { loadGatewayConfig } from '../../src/config';
import { startGateway, type RunningGateway } from '../../src/gateway-app';
import { asUser, tokenFor } from './support/e2e-client';
import { ownGatewayEnv, stackInfo } from './support/stack-info';

/**
 * Hostile documents and floods (issue 12): each refused before anything
 * executes, quickly, without holding up anyone else, and without effect.
 */
describe('hostile input', () => {
  const info = stackInfo();
  const history = 'history { eventId eventType actorId occurredAt correlationId data }';

  /** `levels` fragments on Lead, each spreading the next twice: 2^levels expansions in ~1.5 kB. */
  const fanOut = (levels: number, alias: boolean) =>
    [
      '{ leads(limit: 1) { ...F0 } }',
      ...Array.from(
        { length: levels },
        (_, i) => `fragment F${i} on Lead { ${alias ? 'a: ' : ''}id ...F${i + 1} ...F${i + 1} }`,
      ),
      `fragment F${levels} on Lead { id }`,
    ].join('\n');

  const timedAs = async (token: string, query: string) => {
    const started = performance.now();
    const response = await postGraphQL(
      info.gatewayUrl,
      { query },
      { authorization: `Bearer ${token}` },
    );
    return { response, ms: performance.now() - started };
  };

  describe('a 40-level fragment fan-out', () => {
    it.each([
      ['with an alias in each fragment: refused by the alias limit', true, 'too many aliases'],
      ['without aliases: refused by the cost limit', false, 'too expensive'],
    ])(
      '%s, in under 100 ms, while another request is answered in under 200 ms',
      async (_, alias, message) => {
        const attacker = await tokenFor(DemoUsers.rep);
        const bystander = await tokenFor(DemoUsers.rep2);
        const query = fanOut(40, alias);
        expect(query.length).toBeLessThan(2_000);
        // Warm connections, key caches and the JIT: an attacker sends the same document again and again.
        await timedAs(bystander, '{ me { id } }');
        await timedAs(attacker, query);
        // The machine running the tests is shared: the best of five rounds measures the gateway, not
        // the neighbours. Every round is bounded too (the old rules took over a minute on 24 levels).
        const rounds: Array<{ attack: number; other: number }> = [];
        for (let round = 0; round < 5; round += 1) {
          const [attack, other] = await Promise.all([
            timedAs(attacker, query),
            timedAs(bystander, '{ me { id } }'),
          ]);
          expect(attack.response.status).toBe(400);
          expect(attack.response.data).toBeUndefined();
          expect(attack.response.errors?.map((e) => e.message).join(' ')).toContain(message);
          expect((expectData(other.response).me as { id: string }).id).toBe(DemoUsers.rep2.id);
          expect(attack.ms).toBeLessThan(1_000);
          rounds.push({ attack: attack.ms, other: other.ms });
        }
        const best = rounds.find((r) => r.attack < 100 && r.other < 200);
        expect({ best, rounds }).toEqual({ best: expect.anything(), rounds });
      },
    );
  });

  describe('the cost of lists', () => {
    const leadsOf = (limit: string) =>
      `leads(limit: ${limit}) { id company ${history} activities { id type outcome notes } }`;
    const pagedQuery = `query($n: Int!) { ${leadsOf('$n')} }`;

    it('counts a page size sent as a variable at its real value', async () => {
      const small = await asUser('rep', pagedQuery, { n: 5 });
      expect(small.errors).toBeUndefined();
      const large = await asUser('rep', pagedQuery, { n: 200 });
      expect(large.status).toBe(400);
      expect(errorCode(large)).toBe('QUERY_TOO_COMPLEX');
      expect(large.data).toBeUndefined();
      // The same page written into the query is refused the same way.
      const literal = await asUser('rep', `{ ${leadsOf('200')} }`);
      expect(errorCode(literal)).toBe('QUERY_TOO_COMPLEX');
    });

    it('bounds a list without a page argument by what the service returns, not by 50', async () => {
      const teams = await asUser('manager', `{ salesTeams { id members { userId } ${history} } }`);
      expect(errorCode(teams)).toBe('QUERY_TOO_COMPLEX');
      const fewer = await asUser('manager', '{ salesTeams { id members { userId } } }');
      expect(fewer.errors).toBeUndefined();
    });

    it('refuses an expensive mutation before it runs: nothing is written', async () => {
      const company = `Cost probe ${randomUUID()}`;
      const response = await asUser(
        'manager',
        `mutation($n: Int!, $company: String!) {
           createLead(input: { company: $company, contactName: "Probe" }) { id }
           applyLeadAssignmentRules(limit: $n) { id ${history} activities { id type outcome notes } }
         }`,
        { n: 500, company },
      );
      expect(errorCode(response)).toBe('QUERY_TOO_COMPLEX');
      const db = new Client({ connectionString: info.databaseUrls.lead });
      await db.connect();
      try {
        const { rows } = await db.query('SELECT count(*)::int AS n FROM lead WHERE company = $1', [
          company,
        ]);
        expect(rows[0].n).toBe(0);
      } finally {
        await db.end();
      }
    });
  });

  describe('per-user rate limiting', () => {
    let gateway: RunningGateway;

    beforeAll(async () => {
      // A gateway of its own with a small bucket, in front of the stack's services.
      const stackEnv = ownGatewayEnv(info, {
        RATE_LIMIT_BURST: '3',
        RATE_LIMIT_PER_SECOND: '0.2',
      });
      const config = loadGatewayConfig(stackEnv);
      expect(config.RATE_LIMIT_ENABLED).toBe(true); // on by default in production
      gateway = await startGateway(config, { logger: createLogger('gateway-rate', 'warn') });
    });
    afterAll(() => gateway?.stop());

    const send = async (user: AuthenticatedUser, query: string, variables = {}) =>
      postGraphQL(
        `${gateway.url}/graphql`,
        { query, variables },
        {
          authorization: `Bearer ${await tokenFor(user)}`,
        },
      );

    it('answers 429 with Retry-After past the burst, for that user only, and runs nothing', async () => {
      const flooder: AuthenticatedUser = { ...DemoUsers.rep, id: `flooder-${randomUUID()}` };
      for (let i = 0; i < 3; i += 1)
        expect((await send(flooder, '{ me { id } }')).status).toBe(200);
      const company = `Flood probe ${randomUUID()}`;
      const refused = await send(
        flooder,
        'mutation($c: String!) { createLead(input: { company: $c, contactName: "F" }) { id } }',
        { c: company },
      );
      expect(refused.status).toBe(429);
      expect(errorCode(refused)).toBe('RATE_LIMITED');
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(5);
      // Another user is not held up by the flood.
      expect((await send(DemoUsers.rep2, '{ me { id } }')).status).toBe(200);
      // The refused mutation never reached the lead service.
      const db = new Client({ connectionString: info.databaseUrls.lead });
      await db.connect();
      try {
        const { rows } = await db.query('SELECT count(*)::int AS n FROM lead WHERE company = $1', [
          company,
        ]);
        expect(rows[0].n).toBe(0);
      } finally {
        await db.end();
      }
    });
  });
});

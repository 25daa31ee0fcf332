import { randomUUID } from 'node:crypto';
import {
  DemoUsers,
  INTERNAL_TOKEN_HEADER,
  createInternalTokenSigner,
  type AuthenticatedUser,
} from '@salesgraph/identity';
import { errorCode, expectData, postGraphQL } from '@salesgraph/testing';
import { Client } from 'pg';
import { tokenFor } from './support/e2e-client';
import { stackInfo } from './support/stack-info';

/**
 * Access holes of issue 12, each tried against the running platform: refused
 * with the right code, and nothing changed.
 */
describe('access', () => {
  const info = stackInfo();

  const countLeadsNamed = async (company: string) => {
    const db = new Client({ connectionString: info.databaseUrls.lead });
    await db.connect();
    try {
      const { rows } = await db.query('SELECT count(*)::int AS n FROM lead WHERE company = $1', [
        company,
      ]);
      return rows[0].n as number;
    } finally {
      await db.end();
    }
  };

  describe("order administration's queue", () => {
    const queue = async (user?: AuthenticatedUser) =>
      fetch(`${info.orderAdminUrl}/queue`, {
        headers: user ? { authorization: `Bearer ${await tokenFor(user)}` } : {},
      });

    it('refuses anyone without a valid token: 401, no order in the answer', async () => {
      const response = await queue();
      expect(response.status).toBe(401);
      const body = await response.text();
      expect(body).toContain('UNAUTHENTICATED');
      expect(body).not.toMatch(/orderId|entries|totalNet/);
    });

    it('refuses roles other than the coordinator: 403', async () => {
      for (const who of [DemoUsers.rep, DemoUsers.manager, DemoUsers.accountManager]) {
        const response = await queue(who);
        expect(response.status).toBe(403);
        const body = await response.text();
        expect(body).toContain('FORBIDDEN');
        expect(body).not.toMatch(/orderId|entries/);
      }
    });

    it('answers the coordinator', async () => {
      const response = await queue(DemoUsers.coordinator);
      expect(response.status).toBe(200);
      expect(await response.json()).toHaveProperty('entries');
    });

    it('listens on loopback', () => {
      expect(new URL(info.orderAdminUrl).hostname).toBe('127.0.0.1');
    });
  });

  describe('internal tokens', () => {
    it("signed for one subgraph are refused by another: a token from the order service's logs replayed against lead", async () => {
      const sign = await createInternalTokenSigner(info.internalKeys.privateJwk);
      const forOrder = await sign({
        user: DemoUsers.admin,
        correlationId: `replay-${randomUUID()}`,
        subgraph: 'order',
      });
      // The token is genuine: the order service takes it.
      const atOrder = await postGraphQL(
        info.serviceUrls.order,
        { query: '{ products(limit: 1) { id } }' },
        { [INTERNAL_TOKEN_HEADER]: forOrder },
      );
      expect(atOrder.errors).toBeUndefined();
      // Replayed against lead, for a read and for a write: refused, nothing written.
      const company = `Replay ${randomUUID()}`;
      for (const query of [
        '{ leads(limit: 1) { id } }',
        `mutation { createLead(input: { company: "${company}", contactName: "R" }) { id } }`,
      ]) {
        const replayed = await postGraphQL(
          info.serviceUrls.lead,
          { query },
          { [INTERNAL_TOKEN_HEADER]: forOrder },
        );
        expect(replayed.status).toBe(401);
        expect(errorCode(replayed)).toBe('UNAUTHENTICATED');
        expect(replayed.data).toBeUndefined();
      }
      expect(await countLeadsNamed(company)).toBe(0);
    });

    it('are still made per subgraph by the gateway: one query across all four works', async () => {
      const response = await postGraphQL(
        info.gatewayUrl,
        {
          query:
            '{ leads(limit: 1) { id } accounts(limit: 1) { id } products(limit: 1) { id } salesTeams { id } }',
        },
        { authorization: `Bearer ${await tokenFor(DemoUsers.admin)}` },
      );
      expect(response.errors).toBeUndefined();
      expect(Object.keys(expectData(response))).toHaveLength(4);
    });
  });

  describe('unit costs and margins', () => {
    const costs = '{ products(limit: 3) { id unitCost } }';
    const margins = '{ orders(limit: 3) { id margin totalCost lines { costAmount } } }';

    it('are refused to sales reps and marketing with FORBIDDEN, and leak no figure', async () => {
      for (const who of [DemoUsers.rep, DemoUsers.marketing]) {
        const response = await postGraphQL(
          info.gatewayUrl,
          { query: costs },
          { authorization: `Bearer ${await tokenFor(who)}` },
        );
        expect(errorCode(response)).toBe('FORBIDDEN');
        expect(JSON.stringify(response.data ?? null)).not.toMatch(/unitCost":"\d/);
      }
      const rep = await postGraphQL(
        info.gatewayUrl,
        { query: margins },
        { authorization: `Bearer ${await tokenFor(DemoUsers.rep)}` },
      );
      expect(errorCode(rep)).toBe('FORBIDDEN');
      expect(JSON.stringify(rep.data ?? null)).not.toMatch(/margin":"\d|costAmount":"\d/);
      // Prices and revenue stay visible to the rep.
      const prices = await postGraphQL(
        info.gatewayUrl,
        { query: '{ products(limit: 3) { id listPrice } orders(limit: 3) { id totalNet } }' },
        { authorization: `Bearer ${await tokenFor(DemoUsers.rep)}` },
      );
      expect(prices.errors).toBeUndefined();
    });

    it('are shown to account managers, managers and coordinators', async () => {
      for (const who of [DemoUsers.accountManager, DemoUsers.manager, DemoUsers.coordinator]) {
        const response = await postGraphQL<{ products: Array<{ unitCost: string }> }>(
          info.gatewayUrl,
          { query: costs },
          { authorization: `Bearer ${await tokenFor(who)}` },
        );
        expect(response.errors).toBeUndefined();
        expect(expectData(response).products[0].unitCost).toMatch(/^\d+(\.\d+)?$/);
      }
      const coordinator = await postGraphQL(
        info.gatewayUrl,
        { query: margins },
        { authorization: `Bearer ${await tokenFor(DemoUsers.coordinator)}` },
      );
      expect(coordinator.errors).toBeUndefined();
    });
  });

  describe('readiness', () => {
    // Everything of the test stack listens on loopback; a relayed request is how a remote caller arrives.
    const relayed = { 'x-forwarded-for': '203.0.113.7' };
    const readiness = async (base: string, headers: Record<string, string> = {}) => {
      const response = await fetch(new URL('/health/ready', base), { headers });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };

    it('tells a remote caller the status only, at the gateway and at a service', async () => {
      // The status itself may be either on a loaded machine (checks time out after 2 s); the shape may not.
      const statusOnly = (status: number, body: Record<string, unknown>) =>
        expect(body).toEqual({ status: status === 200 ? 'ok' : 'unavailable' });
      for (const base of [info.gatewayUrl, info.serviceUrls.lead, info.orderAdminUrl]) {
        const { status, body } = await readiness(base, relayed);
        expect([200, 503]).toContain(status);
        statusOnly(status, body);
      }
      const rep = await readiness(info.gatewayUrl, {
        ...relayed,
        authorization: `Bearer ${await tokenFor(DemoUsers.rep)}`,
      });
      statusOnly(rep.status, rep.body);
    });

    it('tells ADMIN, and callers on this machine, which check is which', async () => {
      const admin = await readiness(info.gatewayUrl, {
        ...relayed,
        authorization: `Bearer ${await tokenFor(DemoUsers.admin)}`,
      });
      expect(admin.body).toMatchObject({
        checks: {
          lead: { ok: expect.any(Boolean) },
          account: { ok: expect.any(Boolean) },
          order: { ok: expect.any(Boolean) },
          planning: { ok: expect.any(Boolean) },
        },
      });
      const sign = await createInternalTokenSigner(info.internalKeys.privateJwk);
      const service = await readiness(info.serviceUrls.lead, {
        ...relayed,
        [INTERNAL_TOKEN_HEADER]: await sign({
          user: DemoUsers.admin,
          correlationId: 'ready',
          subgraph: 'lead',
        }),
      });
      expect(service.body).toMatchObject({ checks: { database: { ok: expect.any(Boolean) } } });
      const local = await readiness(info.serviceUrls.lead);
      expect(local.body).toMatchObject({
        checks: { database: { ok: expect.any(Boolean) }, kafka: { ok: expect.any(Boolean) } },
      });
    });
  });
});

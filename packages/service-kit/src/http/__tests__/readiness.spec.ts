import { networkInterfaces } from 'node:os';
import pino from 'pino';
import { startHttpServer, type RunningHttpServer } from '../http-server';

/** A non-loopback address of this machine, when it has one. */
const outsideAddress = Object.values(networkInterfaces())
  .flat()
  .find((i) => i && !i.internal && i.family === 'IPv4')?.address;

describe('readiness', () => {
  let server: RunningHttpServer;
  const secret = 'connect ECONNREFUSED 10.20.30.40:5432 (password authentication failed for "app")';

  beforeAll(async () => {
    server = await startHttpServer({
      host: '0.0.0.0',
      port: 0,
      logger: pino({ level: 'silent' }),
      graphql: async (_request, response) => void response.end(),
      readiness: {
        database: async () => {
          throw new Error(secret);
        },
        kafka: async () => undefined,
      },
      readinessDetailsFor: async (request) => request.headers.authorization === 'Bearer admin',
    });
  });
  afterAll(() => server.close());

  const ready = async (host: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`http://${host}:${server.port}/health/ready`, { headers });
    return {
      status: response.status,
      body: (await response.json()) as {
        status: string;
        checks: Record<string, { ok: boolean; error?: string }>;
      },
    };
  };

  it('shows which check failed, and why, on this machine', async () => {
    const { status, body } = await ready('127.0.0.1');
    expect(status).toBe(503);
    expect(body.checks.database).toMatchObject({ ok: false, error: secret });
    expect(body.checks.kafka).toMatchObject({ ok: true });
  });

  it('shows only the status to a request relayed from elsewhere', async () => {
    const { status, body } = await ready('127.0.0.1', { 'x-forwarded-for': '203.0.113.9' });
    expect(status).toBe(503);
    expect(body).toEqual({ status: 'unavailable' });
  });

  it('shows the details to a caller the server allows (an ADMIN)', async () => {
    const { body } = await ready('127.0.0.1', {
      'x-forwarded-for': '203.0.113.9',
      authorization: 'Bearer admin',
    });
    expect(body.checks.database.error).toBe(secret);
    const refused = await ready('127.0.0.1', {
      'x-forwarded-for': '203.0.113.9',
      authorization: 'Bearer someone',
    });
    expect(refused.body).toEqual({ status: 'unavailable' });
  });

  it('shows only the status to a caller on another address', async () => {
    // Every machine this runs on has a network interface besides loopback (CI and developers' alike).
    expect(outsideAddress).toBeDefined();
    const { status, body } = await ready(outsideAddress!);
    expect(status).toBe(503);
    expect(JSON.stringify(body)).not.toContain('10.20.30.40');
    expect(body).toEqual({ status: 'unavailable' });
  });
});

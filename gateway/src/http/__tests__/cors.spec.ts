import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseAllowedOrigins, withCors } from '../cors';

describe('CORS for browser front ends', () => {
  let server: Server;
  let url: string;
  const handled: string[] = [];

  beforeAll(async () => {
    const handler = withCors(['http://127.0.0.1:4020'], async (request, response) => {
      handled.push(request.method ?? '');
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{}');
    });
    server = createServer((req, res) => void handler(req, res, 'correlation-1'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers the preflight of an allowed origin without calling the handler', async () => {
    const response = await fetch(url, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://127.0.0.1:4020',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4020');
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(handled).toEqual([]);
  });

  it('echoes an allowed origin on the request itself and exposes the correlation id', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { origin: 'http://127.0.0.1:4020' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4020');
    expect(response.headers.get('access-control-expose-headers')).toBe('x-correlation-id');
    expect(response.headers.get('vary')).toBe('Origin');
  });

  it('gives another origin no CORS headers, so the browser refuses it', async () => {
    const preflight = await fetch(url, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const request = await fetch(url, {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
    });
    expect(request.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('reads the allowed origins from configuration and refuses what is not an origin', () => {
    expect(parseAllowedOrigins(' http://127.0.0.1:4020, https://workbench.example.com ')).toEqual([
      'http://127.0.0.1:4020',
      'https://workbench.example.com',
    ]);
    expect(parseAllowedOrigins('')).toEqual([]);
    expect(() => parseAllowedOrigins('https://workbench.example.com/')).toThrow(/not an origin/);
    expect(() => parseAllowedOrigins('*')).toThrow(/not an origin/);
  });
});

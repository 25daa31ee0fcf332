import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DemoUsers, issueDevToken, type DemoUserHandle } from '@salesgraph/identity';
import { importJWK, SignJWT, type JWK } from 'jose';

/**
 * A small OpenID Connect issuer for the browser tests: discovery, an
 * authorization page that lists the demo users, and a token endpoint that
 * insists on PKCE (S256). It signs with the key the test gateway trusts, so
 * the workbench's production sign-in runs end to end without a real IdP.
 */
export interface TestIssuer {
  url: string;
  close(): Promise<void>;
}

interface Grant {
  user: DemoUserHandle;
  clientId: string;
  redirectUri: string;
  challenge: string;
  nonce: string | null;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function startTestIssuer(o: {
  port: number;
  audience: string;
  privateJwk: JWK;
  clientId: string;
  redirectOrigins: string[];
}): Promise<TestIssuer> {
  const url = `http://127.0.0.1:${o.port}`;
  const grants = new Map<string, Grant>();
  const json = (res: import('node:http').ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, {
      'content-type': 'application/json',
      'access-control-allow-origin': '*',
    });
    res.end(JSON.stringify(body));
  };

  const server: Server = createServer((req, res) => {
    const at = new URL(req.url ?? '/', url);
    if (at.pathname === '/.well-known/openid-configuration')
      return json(res, 200, {
        issuer: url,
        authorization_endpoint: `${url}/authorize`,
        token_endpoint: `${url}/token`,
        code_challenge_methods_supported: ['S256'],
      });
    if (at.pathname === '/authorize') {
      const q = at.searchParams;
      const redirectUri = q.get('redirect_uri') ?? '';
      if (
        q.get('client_id') !== o.clientId ||
        !o.redirectOrigins.includes(new URL(redirectUri).origin)
      )
        return json(res, 400, { error: 'invalid_request' });
      if (q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge'))
        return json(res, 400, {
          error: 'invalid_request',
          error_description: 'PKCE S256 required',
        });
      const user = q.get('user') as DemoUserHandle | null;
      if (!user || !(user in DemoUsers)) {
        const links = Object.entries(DemoUsers)
          .map(
            ([handle, u]) =>
              `<li><a href="/authorize?${q}&user=${handle}">${escape(u.name)}</a></li>`,
          )
          .join('');
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(
          `<!doctype html><html lang="en"><title>Test issuer</title><main><h1>Who are you?</h1><ul>${links}</ul></main></html>`,
        );
      }
      const code = randomBytes(16).toString('hex');
      grants.set(code, {
        user,
        clientId: o.clientId,
        redirectUri,
        challenge: q.get('code_challenge')!,
        nonce: q.get('nonce'),
      });
      const back = new URL(redirectUri);
      back.searchParams.set('code', code);
      back.searchParams.set('state', q.get('state') ?? '');
      res.writeHead(302, { location: back.toString() });
      return res.end();
    }
    if (at.pathname === '/token' && req.method === 'OPTIONS') {
      res.writeHead(204, {
        'access-control-allow-origin': '*',
        'access-control-allow-headers': 'content-type',
      });
      return res.end();
    }
    if (at.pathname === '/token' && req.method === 'POST') {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', async () => {
        const form = new URLSearchParams(body);
        const grant = grants.get(form.get('code') ?? '');
        grants.delete(form.get('code') ?? '');
        const verifier = form.get('code_verifier') ?? '';
        const challenge = createHash('sha256').update(verifier).digest('base64url');
        if (
          !grant ||
          grant.redirectUri !== form.get('redirect_uri') ||
          grant.challenge !== challenge
        )
          return json(res, 400, { error: 'invalid_grant' });
        const user = DemoUsers[grant.user];
        const accessToken = await issueDevToken(o.privateJwk, user, {
          issuer: url,
          audience: o.audience,
          expiresIn: '30m',
        });
        const idToken = await new SignJWT({ nonce: grant.nonce, name: user.name })
          .setProtectedHeader({ alg: 'ES256', kid: o.privateJwk.kid })
          .setSubject(user.id)
          .setIssuer(url)
          .setAudience(grant.clientId)
          .setIssuedAt()
          .setExpirationTime('30m')
          .sign(await importJWK(o.privateJwk, 'ES256'));
        return json(res, 200, {
          access_token: accessToken,
          id_token: idToken,
          token_type: 'Bearer',
          expires_in: 1800,
        });
      });
      return undefined;
    }
    return json(res, 404, { error: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(o.port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// Development only: the token endpoint behind the demo-user sign-in page. It
// signs with the development identity provider key in .dev/secrets.json,
// exactly as `npm run token -- <user>` does. Mounted by the Vite dev server
// and by serve-workbench.mjs when WORKBENCH_DEV_SECRETS is set; the
// production image (nginx, static files) has no such endpoint.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function sendJson(response, status, body) {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(JSON.stringify(body));
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => {
      text += chunk;
      if (text.length > 10_000) reject(new Error('body too large'));
    });
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });
}

/** Connect-style middleware for GET /dev-auth/users and POST /dev-auth/token {"user": "<handle>"}. */
export function devSignInMiddleware({ secretsFile, expiresIn = '8h' }) {
  // Loaded on first use: @salesgraph/identity must be built (npm start and the tests build it).
  let identity;
  const load = () => (identity ??= require('@salesgraph/identity'));
  return async (request, response, next) => {
    const path = (request.url ?? '').split('?')[0];
    try {
      if (path === '/dev-auth/users' && request.method === 'GET') {
        const { DemoUsers } = load();
        return sendJson(
          response,
          200,
          Object.entries(DemoUsers).map(([handle, user]) => ({
            handle,
            name: user.name,
            roles: user.roles,
            department: user.department ?? null,
          })),
        );
      }
      if (path === '/dev-auth/token' && request.method === 'POST') {
        const { DemoUsers, issueDevToken } = load();
        const { user: handle } = JSON.parse((await readBody(request)) || '{}');
        if (!Object.hasOwn(DemoUsers, handle))
          return sendJson(response, 400, { error: `no demo user "${handle}"` });
        let secrets;
        try {
          secrets = JSON.parse(readFileSync(secretsFile, 'utf8'));
        } catch {
          return sendJson(response, 503, {
            error: `no development secrets at ${secretsFile}: run npm start once (or node infra/dev-secrets.mjs)`,
          });
        }
        const token = await issueDevToken(secrets.issuer.privateJwk, DemoUsers[handle], {
          issuer: secrets.issuer.url,
          audience: secrets.issuer.audience,
          expiresIn,
        });
        return sendJson(response, 200, { token });
      }
    } catch (error) {
      return sendJson(response, 500, { error: error.message });
    }
    return next();
  };
}

// Serves the built workbench (dist/) for `npm start` and the browser tests:
// static files, the SPA fallback to index.html, /config.json from the
// environment (see runtime-config.mjs), /health/ready, and, only when
// WORKBENCH_DEV_SECRETS names the development secrets file, the development
// sign-in endpoint. Production serves dist/ with nginx (see deploy/).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { devSignInMiddleware } from './dev-sign-in.mjs';
import { runtimeConfig } from './runtime-config.mjs';

const dist = resolve(fileURLToPath(new URL('..', import.meta.url)), 'dist');
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 4020);
const config = runtimeConfig();
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const devSignIn =
  config.signIn.kind === 'development' && process.env.WORKBENCH_DEV_SECRETS
    ? devSignInMiddleware({ secretsFile: process.env.WORKBENCH_DEV_SECRETS })
    : (_request, _response, next) => next();

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`no build at ${dist}: run npm run build -w @salesgraph/workbench`);
  process.exit(1);
}

function sendFile(response, file) {
  const hashed = file.includes(`${join(dist, 'assets')}`);
  response.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    // Hashed assets never change; index.html must always be fresh.
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  createReadStream(file).pipe(response);
}

const server = createServer((request, response) => {
  devSignIn(request, response, () => {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0]);
    if (path === '/config.json') {
      response.writeHead(200, { 'content-type': types['.json'], 'cache-control': 'no-store' });
      return response.end(JSON.stringify(config));
    }
    if (path === '/health/ready' || path === '/health/live') {
      response.writeHead(200, { 'content-type': types['.json'] });
      return response.end('{"status":"ok"}');
    }
    const file = normalize(join(dist, path));
    if (file.startsWith(dist) && existsSync(file) && statSync(file).isFile())
      return sendFile(response, file);
    // Unknown asset: 404; any other path is a page of the app.
    if (path.startsWith('/assets/')) {
      response.writeHead(404);
      return response.end();
    }
    return sendFile(response, join(dist, 'index.html'));
  });
});

server.listen(port, host, () => {
  console.log(
    `workbench on http://${host}:${port} (graph: ${config.graphqlUrl}, sign-in: ${config.signIn.kind})`,
  );
});
for (const signal of ['SIGTERM', 'SIGINT'])
  process.on(signal, () => server.close(() => process.exit(0)));

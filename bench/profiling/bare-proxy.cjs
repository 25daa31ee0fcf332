'use strict';
/**
 * The least a gateway in Node can do in front of the lead subgraph, for the gateways benchmark's
 * side `candidate` (BENCH_CANDIDATE_GATEWAY=bench/profiling/bare-proxy.cjs,
 * BENCH_QUERIES=leadList): it checks the client's token and mints the internal token as our
 * gateway does (the same identity code, cached the same way), then sends the request's body to
 * the lead subgraph unread, over kept-alive connections, and passes its answer back unread. No
 * parse, no validation, no plan, no limits, no result shaping, no metrics, no logs. Whatever it
 * costs over the direct subgraph is the extra hop itself on this host: a bound on what any
 * gateway written in Node could reach on leadList, not a gateway (it answers every query from
 * the lead subgraph alone). Reads the gateway's own environment and needs the build (`npm run
 * build`).
 */
const http = require('node:http');
const { Pool } = require('undici');
const { loadGatewayConfig } = require('../../gateway/dist/config');
const { gatewayCredentials } = require('../../gateway/dist/credentials');
const { INTERNAL_TOKEN_HEADER } = require('@salesgraph/identity');
const { createLogger, authenticateClient } = require('@salesgraph/service-kit');

async function main() {
  const config = loadGatewayConfig();
  const logger = createLogger('bare-proxy', config.LOG_LEVEL);
  const { verifyClientToken: verify, internalToken } = await gatewayCredentials(config);
  const lead = new URL(config.SUBGRAPH_LEAD_URL[0]);
  const pool = new Pool(lead.origin, { connections: 16, keepAliveTimeout: 30_000 });

  const server = http.createServer((request, response) => {
    if (request.url === '/health/ready' || request.url === '/health/live') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      forward(request, Buffer.concat(chunks)).then(
        ({ status, contentType, body }) =>
          response.writeHead(status, { 'content-type': contentType }).end(body),
        (error) => {
          response.writeHead(error.status ?? 502, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ errors: [{ message: String(error.message) }] }));
        },
      );
    });
  });

  async function forward(request, body) {
    const user = await authenticateClient(request, verify, logger);
    const answer = await pool.request({
      path: lead.pathname,
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [INTERNAL_TOKEN_HEADER]: await internalToken(user, 'lead'),
      },
      body,
    });
    return {
      status: answer.statusCode,
      contentType: answer.headers['content-type'] ?? 'application/json',
      body: Buffer.from(await answer.body.arrayBuffer()),
    };
  }

  server.keepAliveTimeout = 65_000;
  server.listen(config.PORT, config.HOST, () =>
    logger.info({ port: config.PORT }, 'bare proxy ready'),
  );
  const stop = () => server.close(() => pool.close().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

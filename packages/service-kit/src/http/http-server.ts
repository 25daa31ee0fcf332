import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inServerSpan } from '@salesgraph/observability';
import type { Logger } from 'pino';
import { runHealthChecks, type HealthCheck } from './health';
import { correlationIdOf, sendJson } from './graphql-http-handler';

export interface HttpServerOptions {
  host: string;
  port: number;
  logger: Logger;
  graphql: (
    request: import('node:http').IncomingMessage,
    response: import('node:http').ServerResponse,
    correlationId: string,
  ) => Promise<void>;
  readiness: Record<string, HealthCheck>;
  /**
   * Whether a caller that is not on this machine may read the readiness
   * report's details (which dependency failed, and its error text), e.g. an
   * ADMIN's token. Callers on loopback always may; everyone else sees only
   * the status.
   */
  readinessDetailsFor?: (request: IncomingMessage) => Promise<boolean>;
}

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * A request from this machine, not relayed: behind a reverse proxy on the same
 * host every request comes from loopback, so one that names a forwarded
 * client counts as remote.
 */
export function isLocalRequest(request: IncomingMessage): boolean {
  const relayed = request.headers['x-forwarded-for'] ?? request.headers.forwarded;
  return !relayed && loopback.has(request.socket.remoteAddress ?? '');
}

export interface RunningHttpServer {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * GraphQL at /graphql; /health/live answers while the process runs;
 * /health/ready only when every dependency (database, Kafka) answers and every
 * consumer consumes, with the details of each check to callers on loopback or
 * allowed by `readinessDetailsFor`, and the bare status to anyone else.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const { logger } = options;
  const server = createServer((request, response) => {
    const correlationId = correlationIdOf(request);
    const path = (request.url ?? '/').split('?')[0];
    const done = (error?: unknown) => {
      if (!error) return;
      logger.error({ err: error, correlationId, path }, 'request failed');
      if (!response.headersSent)
        sendJson(response, 500, {
          errors: [
            {
              message: 'Internal server error',
              extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId },
            },
          ],
        });
      else response.end();
    };
    if (path === '/graphql') {
      inServerSpan(request, response, { 'salesgraph.correlation_id': correlationId }, () =>
        options.graphql(request, response, correlationId),
      ).then(() => done(), done);
    } else if (path === '/health/live' && request.method === 'GET') {
      sendJson(response, 200, { status: 'ok' });
    } else if (path === '/health/ready' && request.method === 'GET') {
      const details = isLocalRequest(request)
        ? Promise.resolve(true)
        : (options.readinessDetailsFor?.(request) ?? Promise.resolve(false)).catch(() => false);
      Promise.all([runHealthChecks(options.readiness), details]).then(
        ([report, shown]) =>
          sendJson(
            response,
            report.status === 'ok' ? 200 : 503,
            shown ? report : { status: report.status },
            { 'cache-control': 'no-store' },
          ),
        done,
      );
    } else {
      sendJson(response, 404, {
        error: 'not found',
        paths: ['/graphql', '/health/live', '/health/ready'],
      });
    }
  });
  server.keepAliveTimeout = 5_000;
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${address.port}`;
  logger.info({ url: `${url}/graphql` }, 'http server listening');
  return {
    server,
    url,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 5_000).unref();
      }),
  };
}

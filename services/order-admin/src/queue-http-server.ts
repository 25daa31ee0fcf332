import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hasRole, type AuthenticatedUser, type Role } from '@salesgraph/identity';
import type { Logger } from '@salesgraph/messaging';
import {
  HttpError,
  isLocalRequest,
  runHealthChecks,
  sendJson,
  type Clock,
  type HealthCheck,
} from '@salesgraph/service-kit';
import type { OrderAdminQueue } from './order-admin-queue';

export interface QueueHttpServer {
  url: string;
  close(): Promise<void>;
}

/**
 * GET /queue (optionally ?action=CONFIRM|FULFIL|INVOICE, ?overdue=true) answers
 * the queue as JSON to a caller that `authorize` lets in; /health/live while
 * the process runs; /health/ready once the consumer runs and Kafka answers,
 * with details on loopback or to whoever `authorize` lets in.
 */
export async function startQueueHttpServer(options: {
  host: string;
  port: number;
  queue: OrderAdminQueue;
  readiness: Record<string, HealthCheck>;
  clock: Clock;
  logger: Logger;
  /** Who calls: their verified token, or an HttpError 401. */
  authenticate: (request: IncomingMessage) => Promise<AuthenticatedUser>;
  /** Who may read the queue (ADMIN always may). */
  queueRoles: readonly Role[];
}): Promise<QueueHttpServer> {
  const authorize = async (request: IncomingMessage, roles: readonly Role[]) => {
    const user = await options.authenticate(request);
    if (!hasRole(user, ...roles)) {
      throw new HttpError(
        403,
        'FORBIDDEN',
        `The order queue is for ${roles.join(', ')} (or ADMIN); your token has none of these roles.`,
      );
    }
  };
  const refuse = (response: import('node:http').ServerResponse, error: unknown) => {
    if (error instanceof HttpError) {
      return sendJson(
        response,
        error.status,
        { error: { code: error.code, message: error.message } },
        error.headers,
      );
    }
    options.logger.error({ err: error }, 'queue request failed');
    return sendJson(response, 500, { error: { code: 'INTERNAL_SERVER_ERROR' } });
  };
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method !== 'GET') return sendJson(response, 405, { error: 'GET only' });
    const answerQueue = () => {
      const now = options.clock.now();
      const action = url.searchParams.get('action')?.toUpperCase();
      const overdueOnly = url.searchParams.get('overdue') === 'true';
      const entries = options.queue
        .entries(now)
        .filter((e) => (!action || e.action === action) && (!overdueOnly || e.overdue));
      return sendJson(response, 200, {
        generatedAt: now.toISOString(),
        ...options.queue.summary(now),
        entries,
      });
    };
    if (url.pathname === '/queue') {
      authorize(request, options.queueRoles).then(answerQueue, (error) => refuse(response, error));
      return;
    }
    if (url.pathname === '/health/live') return sendJson(response, 200, { status: 'ok' });
    if (url.pathname === '/health/ready') {
      const details = isLocalRequest(request)
        ? Promise.resolve(true)
        : authorize(request, ['ADMIN']).then(
            () => true,
            () => false,
          );
      Promise.all([runHealthChecks(options.readiness), details]).then(
        ([report, shown]) =>
          sendJson(
            response,
            report.status === 'ok' ? 200 : 503,
            shown ? report : { status: report.status },
          ),
        (error) => refuse(response, error),
      );
      return;
    }
    sendJson(response, 404, {
      error: 'not found',
      paths: ['/queue', '/health/live', '/health/ready'],
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host}:${port}`;
  options.logger.info({ url: `${url}/queue` }, 'order queue served');
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

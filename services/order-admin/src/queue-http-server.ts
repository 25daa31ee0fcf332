import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@salesgraph/messaging';
import { runHealthChecks, sendJson, type Clock, type HealthCheck } from '@salesgraph/service-kit';
import type { OrderAdminQueue } from './order-admin-queue';

export interface QueueHttpServer {
  url: string;
  close(): Promise<void>;
}

/**
 * GET /queue (optionally ?action=CONFIRM|FULFIL|INVOICE, ?overdue=true) answers
 * the queue as JSON; /health/live while the process runs; /health/ready once
 * the consumer runs and Kafka answers.
 */
export async function startQueueHttpServer(options: {
  host: string;
  port: number;
  queue: OrderAdminQueue;
  readiness: Record<string, HealthCheck>;
  clock: Clock;
  logger: Logger;
}): Promise<QueueHttpServer> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method !== 'GET') return sendJson(response, 405, { error: 'GET only' });
    if (url.pathname === '/queue') {
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
    }
    if (url.pathname === '/health/live') return sendJson(response, 200, { status: 'ok' });
    if (url.pathname === '/health/ready') {
      runHealthChecks(options.readiness).then(
        (report) => sendJson(response, report.status === 'ok' ? 200 : 503, report),
        (error) => sendJson(response, 500, { status: 'unavailable', error: String(error) }),
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

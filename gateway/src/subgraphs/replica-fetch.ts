import type { GraphQLMetrics } from '@salesgraph/observability';
import type { Logger } from '@salesgraph/service-kit';
import { keepAliveFetch } from './keep-alive-fetch';
import { SubgraphAnswer, type SubgraphFetch } from './subgraph-answer';
import type { SubgraphReplicas } from './subgraph-replicas';

/** Errors of a connection that was never made: the subgraph saw nothing, any request may go elsewhere. */
const notConnected = new Set([
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
]);
/**
 * A connection closed under the request. A stopping subgraph closes only idle
 * connections (a request in progress is finished first), so a request caught
 * by that close was never read and may go to another instance.
 */
const closedUnder = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

function codeOf(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ?? (error as { code?: string }).code;
}

/**
 * Requests over the instances of one subgraph: round-robin, and a request
 * whose connection failed goes to the next instance, so stopping one instance
 * answers no client with an error. Each attempt is timed for
 * salesgraph_gateway_subgraph_fetch_duration_seconds.
 */
export function replicaFetch(o: {
  subgraph: string;
  replicas: SubgraphReplicas;
  metrics: GraphQLMetrics;
  logger: Logger;
  /** How one instance is called; keep-alive node:http when left out. */
  fetch?: SubgraphFetch;
}): (url: string, init?: Parameters<SubgraphFetch>[1]) => Promise<SubgraphAnswer> {
  const send = o.fetch ?? keepAliveFetch();
  return async (_url, init) => {
    let lastError: unknown;
    for (const url of o.replicas.order()) {
      const started = process.hrtime.bigint();
      const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
      try {
        const response = await send(url, init);
        // The whole answer is read before the time is taken, so that the time covers it and a cut
        // body counts as a failure (a SubgraphAnswer has been read whole already).
        const answer =
          response instanceof SubgraphAnswer
            ? response
            : new SubgraphAnswer(
                url,
                response.status,
                response.statusText,
                response.headers,
                Buffer.from(await response.arrayBuffer()),
              );
        o.metrics.subgraphFetch.observe(
          { subgraph: o.subgraph, outcome: answer.ok ? 'ok' : `http_${answer.status}` },
          seconds(),
        );
        o.replicas.markUp(url);
        return answer;
      } catch (error) {
        o.metrics.subgraphFetch.observe(
          { subgraph: o.subgraph, outcome: 'network_error' },
          seconds(),
        );
        const code = codeOf(error);
        if (!code || (!notConnected.has(code) && !closedUnder.has(code))) throw error;
        lastError = error;
        o.replicas.markDown(url);
        o.logger.warn(
          { subgraph: o.subgraph, url, code, correlationId: init?.headers?.['x-correlation-id'] },
          'subgraph instance unreachable, trying the next one',
        );
      }
    }
    throw lastError;
  };
}

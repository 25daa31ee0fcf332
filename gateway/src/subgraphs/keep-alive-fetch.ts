import { Remembered } from '@salesgraph/service-kit';
import { Agent, type Dispatcher } from 'undici';
import { SubgraphAnswer, type SubgraphFetch } from './subgraph-answer';

/** Subgraph instance URLs parsed once each: far more than a supergraph has. */
const SUBGRAPH_URLS_REMEMBERED = 256;
/** How long an idle connection is kept at most, whatever the subgraph announces. */
const IDLE_CONNECTION_MAX_MS = 30_000;
/** How long an idle connection is kept when the subgraph announces nothing. */
const IDLE_CONNECTION_DEFAULT_MS = 4_000;
/** How long before the subgraph's announced `Keep-Alive: timeout` the gateway closes an idle connection. */
const IDLE_CONNECTION_MARGIN_MS = 1_000;

type HeaderValues = Record<string, string | string[] | undefined>;

/**
 * Sends subgraph requests over kept-alive connections, one pool per subgraph
 * instance, with undici's dispatcher: node:http's client (ClientRequest, its
 * agent, its parser and streams) cost the gateway about 105 µs of CPU per
 * call in a micro-benchmark, undici's dispatch 39. The answer is gathered
 * from its chunks, without a stream.
 *
 * An idle connection is closed a second before the subgraph's announced
 * `Keep-Alive: timeout` runs out, so a request is not sent on a socket the
 * subgraph is closing. If one is anyway (the two timers race), the request goes
 * once more, on another connection (the broken one is gone), as Node's
 * documentation advises: nothing was answered, and a server closes only idle
 * connections. The connection was a kept-alive one when it had read an answer
 * before (its `bytesRead`); a new connection that breaks fails with its code,
 * which replicaFetch knows.
 */
export function keepAliveFetch(options: { timeoutMs?: number } = {}): SubgraphFetch {
  const timeoutMs = options.timeoutMs ?? 300_000;
  const dispatcher = new Agent({
    keepAliveTimeout: IDLE_CONNECTION_DEFAULT_MS,
    keepAliveMaxTimeout: IDLE_CONNECTION_MAX_MS,
    keepAliveTimeoutThreshold: IDLE_CONNECTION_MARGIN_MS,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  // Parsed once per subgraph instance: the few URLs of the supergraph's subgraphs, on every call.
  const targets = new Remembered<{ origin: string; path: string }>(SUBGRAPH_URLS_REMEMBERED);
  return (url, init = {}) => {
    const target = targets.get(url, () => {
      const parsed = new URL(url);
      return { origin: parsed.origin, path: parsed.pathname + parsed.search };
    });
    const request: Dispatcher.DispatchOptions = {
      origin: target.origin,
      path: target.path,
      method: (init.method ?? 'GET') as Dispatcher.HttpMethod,
      headers: init.headers,
      body: init.body,
    };
    const attempt = (again: boolean): Promise<SubgraphAnswer> =>
      new Promise((resolve, reject) => {
        let status = 0;
        let statusText = '';
        let headers: HeaderValues = {};
        let answered = false;
        const chunks: Buffer[] = [];
        dispatcher.dispatch(request, {
          onRequestStart() {},
          onResponseStart(_controller, statusCode, responseHeaders, statusMessage) {
            answered = true;
            status = statusCode;
            statusText = statusMessage ?? '';
            headers = responseHeaders;
          },
          onResponseData(_controller, chunk) {
            chunks.push(chunk);
          },
          onResponseEnd() {
            const body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
            resolve(new SubgraphAnswer(url, status, statusText, headers, body));
          },
          onResponseError(_controller, error) {
            if (!again && !answered && wasKeptAlive(error)) attempt(true).then(resolve, reject);
            else reject(error);
          },
        });
      });
    return attempt(false);
  };
}

/**
 * A connection that had read an answer before broke before this request's answer began: undici's
 * socket error, the only one that carries the socket's counts (a raw ECONNRESET or EPIPE does not).
 */
function wasKeptAlive(error: Error): boolean {
  const { code, socket } = error as Error & { code?: string; socket?: { bytesRead?: number } };
  return code === 'UND_ERR_SOCKET' && (socket?.bytesRead ?? 0) > 0;
}

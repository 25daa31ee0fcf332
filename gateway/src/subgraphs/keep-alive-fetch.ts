import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { SubgraphAnswer, type SubgraphFetch } from './subgraph-answer';

/**
 * How long the agents keep an idle connection at most. A subgraph that
 * announces `Keep-Alive: timeout=N` gets its connections closed a second
 * before that (ours announce 5 s). Node reads the hint only when the agent has
 * a timeout of its own: without one its idle connections never timed out, the
 * subgraph closed them after 5 s, and a request sent on one just then failed
 * (ECONNRESET in a benchmark run of keyAccount, after a pause between sides).
 */
const IDLE_CONNECTION_MS = 30_000;

/** Errors of a kept-alive connection the server closed as the request went out. */
const closedWhileIdle = new Set(['ECONNRESET', 'EPIPE']);

/**
 * Sends subgraph requests over node:http with keep-alive agents: one pool of
 * connections per instance, reused request after request. Node's fetch did the
 * same pooling but spent more CPU than the gateway's planning on its streams
 * and Response objects. The agent closes an idle connection before the
 * subgraph's announced `Keep-Alive: timeout` runs out, so a request is not sent
 * on a socket the subgraph is closing. If one is anyway (the two timers race),
 * the request goes once more on a new connection, as Node's documentation
 * advises: nothing was answered, and a server closes only idle connections. A
 * new connection that breaks fails with ECONNRESET, which replicaFetch knows.
 */
export function keepAliveFetch(options: { timeoutMs?: number } = {}): SubgraphFetch {
  const timeoutMs = options.timeoutMs ?? 300_000;
  const agentOptions = {
    keepAlive: true,
    scheduling: 'lifo' as const,
    timeout: IDLE_CONNECTION_MS,
  };
  const agents = {
    'http:': new HttpAgent(agentOptions),
    'https:': new HttpsAgent(agentOptions),
  };
  return (url, init = {}) => {
    const target = new URL(url);
    const https = target.protocol === 'https:';
    const send = https ? httpsRequest : httpRequest;
    const body = init.body === undefined ? undefined : Buffer.from(init.body);
    const attempt = (again: boolean): Promise<SubgraphAnswer> =>
      new Promise((resolve, reject) => {
        let answered = false;
        const request = send(
          target,
          {
            method: init.method ?? 'GET',
            // The second attempt on a connection of its own, not on another idle one.
            agent: again ? false : agents[https ? 'https:' : 'http:'],
            headers: {
              ...init.headers,
              ...(body ? { 'content-length': String(body.length) } : {}),
            },
            timeout: timeoutMs,
          },
          (response: IncomingMessage) => {
            answered = true;
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('error', reject);
            response.on('end', () => {
              // A cut connection ends the response early without an error event.
              if (!response.complete) {
                reject(Object.assign(new Error('the answer was cut off'), { code: 'ECONNRESET' }));
                return;
              }
              resolve(
                new SubgraphAnswer(
                  url,
                  response.statusCode ?? 0,
                  response.statusMessage ?? '',
                  response.headers,
                  chunks.length === 1 ? chunks[0] : Buffer.concat(chunks),
                ),
              );
            });
          },
        );
        request.on('timeout', () =>
          request.destroy(
            Object.assign(new Error('the subgraph did not answer in time'), {
              code: 'UND_ERR_HEADERS_TIMEOUT',
            }),
          ),
        );
        request.on('error', (error: NodeJS.ErrnoException) => {
          const closedUnder =
            !answered && request.reusedSocket && closedWhileIdle.has(error.code ?? '');
          if (closedUnder && !again) attempt(true).then(resolve, reject);
          else reject(error);
        });
        request.end(body);
      });
    return attempt(false);
  };
}

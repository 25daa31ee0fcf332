import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { SubgraphAnswer, type SubgraphFetch } from './subgraph-answer';

/**
 * Sends subgraph requests over node:http with keep-alive agents: one pool of
 * connections per instance, reused request after request. Node's fetch did the
 * same pooling but spent more CPU than the gateway's planning on its streams
 * and Response objects. The agent closes an idle connection just before the
 * subgraph's announced `Keep-Alive: timeout` runs out (Node honours the hint),
 * so a request is not sent on a socket the subgraph is closing; a connection
 * that breaks anyway fails with ECONNRESET, which replicaFetch knows.
 */
export function keepAliveFetch(options: { timeoutMs?: number } = {}): SubgraphFetch {
  const timeoutMs = options.timeoutMs ?? 300_000;
  const agents = {
    'http:': new HttpAgent({ keepAlive: true, scheduling: 'lifo' }),
    'https:': new HttpsAgent({ keepAlive: true, scheduling: 'lifo' }),
  };
  return (url, init = {}) =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      const https = target.protocol === 'https:';
      const send = https ? httpsRequest : httpRequest;
      const body = init.body === undefined ? undefined : Buffer.from(init.body);
      const request = send(
        target,
        {
          method: init.method ?? 'GET',
          agent: agents[https ? 'https:' : 'http:'],
          headers: {
            ...init.headers,
            ...(body ? { 'content-length': String(body.length) } : {}),
          },
          timeout: timeoutMs,
        },
        (response: IncomingMessage) => {
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
      request.on('error', reject);
      request.end(body);
    });
}

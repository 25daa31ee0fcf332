import { PlatformMetrics } from '@salesgraph/observability';
import pino from 'pino';
import { replicaFetch } from '../replica-fetch';
import { SubgraphReplicas } from '../subgraph-replicas';

const refused = () =>
  Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });

function setup(answer: (url: string) => Promise<Response>) {
  const calls: string[] = [];
  const metrics = new PlatformMetrics('gateway');
  const send = replicaFetch({
    subgraph: 'lead',
    replicas: new SubgraphReplicas(['http://a/graphql', 'http://b/graphql']),
    metrics: metrics.graphql,
    logger: pino({ level: 'silent' }),
    fetch: async (url) => {
      calls.push(url);
      return answer(url);
    },
  });
  return { send, calls, metrics };
}

describe('replicaFetch', () => {
  it('spreads requests over the instances', async () => {
    const { send, calls } = setup(async () => new Response('{}'));
    await send('http://a/graphql');
    await send('http://a/graphql');
    expect(calls).toEqual(['http://a/graphql', 'http://b/graphql']);
  });

  it('sends a request whose connection was refused to the next instance, and times each try', async () => {
    const { send, calls, metrics } = setup(async (url) => {
      if (url === 'http://a/graphql') throw refused();
      return new Response('{"data":{}}', { status: 200 });
    });
    const response = await send('http://a/graphql', { method: 'POST', body: 'mutation { x }' });
    expect(await response.text()).toBe('{"data":{}}');
    expect(calls).toEqual(['http://a/graphql', 'http://b/graphql']);
    const text = await metrics.text();
    expect(text).toMatch(
      /salesgraph_gateway_subgraph_fetch_duration_seconds_count\{.*outcome="network_error".*\} 1/,
    );
    expect(text).toMatch(
      /salesgraph_gateway_subgraph_fetch_duration_seconds_count\{.*outcome="ok".*\} 1/,
    );
    // The refusing instance is tried last for a while.
    await send('http://a/graphql');
    expect(calls.at(-1)).toBe('http://b/graphql');
  });

  it('passes on an HTTP error answer as it is: the instance answered', async () => {
    const { send, calls } = setup(async () => new Response('busy', { status: 503 }));
    const response = await send('http://a/graphql');
    expect(response.status).toBe(503);
    expect(calls).toHaveLength(1);
  });

  it('does not retry an error it cannot place (it may have reached the subgraph)', async () => {
    const { send, calls } = setup(async () => {
      throw Object.assign(new Error('aborted'), { cause: { code: 'UND_ERR_HEADERS_TIMEOUT' } });
    });
    await expect(send('http://a/graphql')).rejects.toThrow('aborted');
    expect(calls).toHaveLength(1);
  });

  it('fails with the last error when no instance can be reached', async () => {
    const { send, calls } = setup(async () => {
      throw refused();
    });
    await expect(send('http://a/graphql')).rejects.toThrow('fetch failed');
    expect(calls).toHaveLength(2);
  });
});

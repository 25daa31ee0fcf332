import { INTERNAL_TOKEN_HEADER } from '@salesgraph/identity';
import { batchingFetch, GATEWAY_REQUEST_HEADER, unbatchedFetch } from '../batching-fetch';
import { SubgraphAnswer, type SubgraphFetch } from '../subgraph-answer';

const url = 'http://order.test/graphql';
/** A subgraph call of client request `request`, with the user's (reused) internal token. */
const init = (
  request: string,
  query: string,
  variables?: Record<string, unknown>,
  token = 'the-users-token',
) => ({
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    [INTERNAL_TOKEN_HEADER]: token,
    [GATEWAY_REQUEST_HEADER]: request,
  },
  body: JSON.stringify({ query, variables }),
});
const json = (body: unknown, status = 200) =>
  new SubgraphAnswer(
    url,
    status,
    status === 200 ? 'OK' : 'Bad Gateway',
    { 'content-type': 'application/json' },
    Buffer.from(JSON.stringify(body)),
  );

/** A subgraph that records what it was sent and answers with `answer(request)`. */
function subgraph(
  answer: (request: { query: string; variables?: Record<string, unknown> }) => SubgraphAnswer,
) {
  const sent: Array<{ query: string; variables?: Record<string, unknown> }> = [];
  const headers: Array<Record<string, string>> = [];
  const send: SubgraphFetch = async (_url, given) => {
    const request = JSON.parse(given!.body!);
    sent.push(request);
    headers.push(given!.headers ?? {});
    return answer(request);
  };
  return { sent, headers, send };
}

const byId = (variables: Record<string, unknown> | undefined, prefix = '') => ({
  [`${prefix}product`]: { id: variables?.[`${prefix}id`] },
});

describe('batchingFetch', () => {
  it("sends one request's simultaneous queries as one, and gives each its own answer", async () => {
    const { sent, send } = subgraph(({ variables }) =>
      json({ data: { ...byId(variables, 'b0_'), ...byId(variables, 'b1_') } }),
    );
    const fetch = batchingFetch(send);
    const query = 'query($id: ID!) { product(id: $id) { id } }';
    const answers = await Promise.all([
      fetch(url, init('request-1', query, { id: 'p1' })),
      fetch(url, init('request-1', query, { id: 'p2' })),
    ]);
    expect(sent).toHaveLength(1);
    expect(sent[0].variables).toEqual({ b0_id: 'p1', b1_id: 'p2' });
    const bodies = await Promise.all(answers.map((a) => (a as SubgraphAnswer).json()));
    expect(bodies).toEqual([
      { data: { product: { id: 'p1' } } },
      { data: { product: { id: 'p2' } } },
    ]);
  });

  it('keeps the queries of different requests apart, and sends a lone query as it came', async () => {
    const { sent, send } = subgraph(({ variables }) => json({ data: byId(variables) }));
    const fetch = batchingFetch(send);
    const query = 'query($id: ID!) { product(id: $id) { id } }';
    await Promise.all([
      fetch(url, init('request-1', query, { id: 'p1' })),
      fetch(url, init('request-2', query, { id: 'p2' })),
    ]);
    expect(sent).toEqual([
      { query, variables: { id: 'p1' } },
      { query, variables: { id: 'p2' } },
    ]);
  });

  it("never merges two requests of one user, though they carry the same token, nor lets the gateway's header out", async () => {
    const { sent, headers, send } = subgraph(({ variables }) => json({ data: byId(variables) }));
    const fetch = batchingFetch(send);
    const query = 'query($id: ID!) { product(id: $id) { id } }';
    await Promise.all([
      fetch(url, init('request-1', query, { id: 'p1' }, 'same-token')),
      fetch(url, init('request-2', query, { id: 'p2' }, 'same-token')),
    ]);
    expect(sent).toEqual([
      { query, variables: { id: 'p1' } },
      { query, variables: { id: 'p2' } },
    ]);
    expect(headers.map((h) => Object.keys(h))).toEqual([
      ['content-type', INTERNAL_TOKEN_HEADER],
      ['content-type', INTERNAL_TOKEN_HEADER],
    ]);
  });

  it('with batching off, sends each call as it came, without the gateway header', async () => {
    const { sent, headers, send } = subgraph(({ variables }) => json({ data: byId(variables) }));
    const fetch = unbatchedFetch(send);
    const query = 'query($id: ID!) { product(id: $id) { id } }';
    await Promise.all([
      fetch(url, init('request-1', query, { id: 'p1' })),
      fetch(url, init('request-1', query, { id: 'p2' })),
    ]);
    expect(sent).toHaveLength(2);
    expect(headers.every((h) => !(GATEWAY_REQUEST_HEADER in h))).toBe(true);
  });

  it('sends the queries again one by one when the merged call fails as a whole', async () => {
    const { sent, send } = subgraph(({ query, variables }) =>
      query.includes('b0_')
        ? json({ data: null, errors: [{ message: 'root' }] })
        : json({ data: byId(variables) }),
    );
    const fetch = batchingFetch(send);
    const query = 'query($id: ID!) { product(id: $id) { id } }';
    const answers = await Promise.all([
      fetch(url, init('request-1', query, { id: 'p1' })),
      fetch(url, init('request-1', query, { id: 'p2' })),
    ]);
    expect(sent).toHaveLength(3);
    const bodies = await Promise.all(answers.map((a) => (a as SubgraphAnswer).json()));
    expect(bodies).toEqual([
      { data: { product: { id: 'p1' } } },
      { data: { product: { id: 'p2' } } },
    ]);
  });

  it('sends mutations one by one, in order', async () => {
    const { sent, send } = subgraph(() => json({ data: { touch: true } }));
    const fetch = batchingFetch(send);
    await Promise.all([
      fetch(url, init('request-1', 'mutation { touch }')),
      fetch(url, init('request-1', 'mutation { touch }')),
    ]);
    expect(sent.map((r) => r.query)).toEqual(['mutation { touch }', 'mutation { touch }']);
  });
});

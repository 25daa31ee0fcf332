import type { ApolloServer } from '@apollo/server';
import type { ShortcutRequest } from '@salesgraph/service-kit';
import type { GatewayContext } from '../../gateway-context';
import { CostLimit } from '../../limits/cost-limit.plugin';
import { platformListBounds } from '../../limits/list-bounds';
import { SubgraphAnswer } from '../../subgraphs/subgraph-answer';
import { SingleFetchShortcut } from '../single-fetch-shortcut';
import { startTwoSubgraphsGateway } from './two-subgraphs';

const thingsText = '{"data":{"things":[{"id":"1","name":"one"}]}}\n';
const read = 'query Things { things { id name } }';
const json = { 'content-type': 'application/json' };

/**
 * The shortcut's side of a single-fetch read: what it answers itself, byte for byte, and what
 * it leaves to the full path (and how). Plans come from Apollo Gateway's real planner; the
 * subgraph is a function of the body sent.
 */
describe('SingleFetchShortcut', () => {
  let server: ApolloServer;
  let shortcut: SingleFetchShortcut;
  let sent: Array<{ subgraph: string; body: Record<string, unknown> }>;
  let subgraphAnswer: () => SubgraphAnswer;
  let answered: Array<string | null>;
  let handedOver: number;

  const context = (): GatewayContext => ({
    user: { id: 'rep-1', roles: ['REP'] } as unknown as GatewayContext['user'],
    correlationId: 'corr-123456',
    requestKey: '1',
    internalTokenFor: async () => 'token',
  });
  const answer = (body: unknown, headers: ShortcutRequest['headers'] = json, ctx = context()) =>
    shortcut.answer({ body, headers }, ctx);

  beforeAll(async () => {
    shortcut = new SingleFetchShortcut({
      costLimit: new CostLimit(1_000, platformListBounds),
      send: async (subgraph, body) => {
        sent.push({ subgraph, body: JSON.parse(body) as Record<string, unknown> });
        return subgraphAnswer();
      },
      answered: (operationName) => answered.push(operationName),
      handedOver: () => (handedOver += 1),
    });
    server = await startTwoSubgraphsGateway({ didPlan: shortcut.learn });
  });
  afterAll(() => server.stop());
  beforeEach(() => {
    sent = [];
    answered = [];
    handedOver = 0;
    subgraphAnswer = () => new SubgraphAnswer('', 200, 'OK', {}, Buffer.from(thingsText));
  });

  const learn = (query: string, variables?: Record<string, unknown>) =>
    server.executeOperation({ query, variables });

  it('leaves an operation the full path has not planned yet to it, sending nothing', async () => {
    expect(await answer({ query: '{ things { id } }' })).toBeUndefined();
    expect(sent).toEqual([]);
  });

  it('answers a planned single-fetch read with the subgraph’s answer as it came', async () => {
    await learn(read);
    const given = await answer({ query: read, operationName: null, variables: {} });
    expect(given).toEqual({
      status: 200,
      headers: { 'cache-control': 'no-store', 'content-type': 'application/json; charset=utf-8' },
      body: thingsText,
    });
    expect(sent).toEqual([
      {
        subgraph: 'things',
        body: {
          query: 'query Things__things__0{things{id name}}',
          variables: {},
          operationName: 'Things__things__0',
        },
      },
    ]);
    expect(answered).toEqual(['Things']);
  });

  it('answers in the content type Apollo Server would choose, and leaves one it refuses', async () => {
    await learn(read);
    const graphqlJson = await answer(
      { query: read },
      { ...json, accept: 'application/graphql-response+json' },
    );
    expect(graphqlJson?.headers['content-type']).toBe(
      'application/graphql-response+json; charset=utf-8',
    );
    expect(await answer({ query: read }, { ...json, accept: 'text/html' })).toBeUndefined();
    expect(sent).toHaveLength(1);
  });

  it('sends only the variables the subgraph’s operation uses, as given', async () => {
    const query = 'query One($id: ID!) { thing(id: $id) { id } }';
    await learn(query, { id: '1' });
    subgraphAnswer = () =>
      new SubgraphAnswer('', 200, 'OK', {}, Buffer.from('{"data":{"thing":null}}\n'));
    await answer({ query, variables: { id: '7', stray: true } });
    expect(sent[0]?.body.variables).toEqual({ id: '7' });
  });

  it.each([
    ['a body with extensions', { query: read, extensions: { persistedQuery: {} } }, json],
    ['a batch', [{ query: read }], json],
    ['another operation name than the one learnt', { query: read, operationName: 'Other' }, json],
    ['variables that are not an object', { query: read, variables: [1] }, json],
    ['a body not sent as JSON', { query: read }, { 'content-type': 'text/plain' }],
    ['a body without a content type', { query: read }, {}],
  ])('leaves %s to the full path', async (_, body, headers) => {
    await learn(read);
    expect(await answer(body, headers)).toBeUndefined();
    expect(sent).toEqual([]);
  });

  it.each([
    ['over the cost limit', new CostLimit(1, platformListBounds)],
    [
      'whose cost estimate fails',
      {
        exceededBy: () => {
          throw new Error('no estimate');
        },
      } as unknown as CostLimit,
    ],
  ])(
    'leaves an operation %s to the full path (which decides) without sending it',
    async (_, costLimit) => {
      const cheap = new SingleFetchShortcut({
        costLimit,
        send: async () => {
          throw new Error('sent');
        },
        answered: () => undefined,
        handedOver: () => undefined,
      });
      const costly = await startTwoSubgraphsGateway({ didPlan: cheap.learn });
      try {
        await costly.executeOperation({ query: read });
        expect(
          await cheap.answer({ body: { query: read }, headers: json }, context()),
        ).toBeUndefined();
      } finally {
        await costly.stop();
      }
    },
  );

  it.each([
    ['errors', 200, {}, '{"errors":[{"message":"no"}],"data":{"things":null}}\n'],
    ['extensions', 200, {}, '{"data":{"things":[]},"extensions":{"x":1}}\n'],
    ['no data', 200, {}, '{"data":null}\n'],
    ['an HTTP error', 502, {}, 'bad gateway'],
    ['a body that is not JSON', 200, {}, '<html>'],
    ['a cache lifetime', 200, { 'cache-control': 'max-age=60, public' }, thingsText],
  ])(
    'hands an answer with %s to the full path in the context, having counted it',
    async (_, status, headers, text) => {
      await learn(read);
      const answerGiven = new SubgraphAnswer('', status, '', headers, Buffer.from(text));
      subgraphAnswer = () => answerGiven;
      const ctx = context();
      expect(await answer({ query: read }, json, ctx)).toBeUndefined();
      expect(ctx.prefetched).toMatchObject({
        subgraph: 'things',
        query: 'query Things__things__0{things{id name}}',
      });
      await expect(ctx.prefetched?.answer).resolves.toBe(answerGiven);
      expect(handedOver).toBe(1);
      expect(answered).toEqual([]);
    },
  );

  it('hands a call that failed to the full path, to fail there as it would have', async () => {
    await learn(read);
    const failure = new Error('connect ECONNREFUSED 127.0.0.1:4001');
    subgraphAnswer = () => {
      throw failure;
    };
    const ctx = context();
    expect(await answer({ query: read }, json, ctx)).toBeUndefined();
    await expect(ctx.prefetched?.answer).rejects.toBe(failure);
    expect(handedOver).toBe(1);
  });

  it('writes `{ data }` out again when the subgraph wrote it otherwise', async () => {
    await learn(read);
    subgraphAnswer = () =>
      new SubgraphAnswer('', 200, 'OK', {}, Buffer.from('{ "data": { "things": [] } }'));
    expect((await answer({ query: read }))?.body).toBe('{"data":{"things":[]}}\n');
  });

  it('forgets what it learnt when told to (a new supergraph)', async () => {
    await learn(read);
    shortcut.forget();
    expect(await answer({ query: read })).toBeUndefined();
  });
});

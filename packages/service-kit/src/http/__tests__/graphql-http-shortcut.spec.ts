import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import {
  correlationIdOf,
  graphqlHttpHandler,
  HttpError,
  type ShortcutRequest,
} from '../graphql-http-handler';

interface Context {
  user: string;
}

/**
 * graphqlHttpHandler's shortcut: asked about every POST once the body is checked and the
 * context built, its answer written with the correlation id; an undefined leaves the request
 * to Apollo Server.
 */
describe('graphqlHttpHandler’s shortcut', () => {
  let server: Server;
  let url: string;
  const seen: Array<{ request: ShortcutRequest; context: Context }> = [];

  beforeAll(async () => {
    const apollo = new ApolloServer<Context>({
      schema: new GraphQLSchema({
        query: new GraphQLObjectType({
          name: 'Query',
          fields: { slow: { type: GraphQLString, resolve: () => 'from Apollo' } },
        }),
      }),
    });
    await apollo.start();
    const handler = graphqlHttpHandler<Context>({
      apollo,
      correlation: 'context',
      inspectBody: (body) => {
        if (Array.isArray(body)) throw new HttpError(400, 'BATCH_REFUSED', 'No batches.');
      },
      context: async (request) => {
        if (!request.headers.authorization) throw new HttpError(401, 'UNAUTHENTICATED', 'Who?');
        return { user: request.headers.authorization };
      },
      shortcut: async (request, context) => {
        seen.push({ request, context });
        return (request.body as { query?: string }).query === '{ fast }'
          ? { status: 200, headers: { 'content-type': 'text/x-test' }, body: 'answered early' }
          : undefined;
      },
    });
    server = createServer((request, response) => {
      void handler(request, response, correlationIdOf(request));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => (seen.length = 0));

  const post = (body: unknown, headers: Record<string, string> = { authorization: 'rep' }) =>
    fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-correlation-id': 'corr-shortcut-1',
        ...headers,
      },
      body: JSON.stringify(body),
    });

  it('writes the shortcut’s answer, with the correlation id, having given it the body and the context', async () => {
    const response = await post({ query: '{ fast }' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/x-test');
    expect(response.headers.get('x-correlation-id')).toBe('corr-shortcut-1');
    expect(await response.text()).toBe('answered early');
    expect(seen).toHaveLength(1);
    expect(seen[0]?.request.body).toEqual({ query: '{ fast }' });
    expect(seen[0]?.request.headers.authorization).toBe('rep');
    expect(seen[0]?.context).toEqual({ user: 'rep' });
  });

  it('leaves the request to Apollo Server when the shortcut gives no answer', async () => {
    const response = await post({ query: '{ slow }' });
    expect(await response.json()).toEqual({ data: { slow: 'from Apollo' } });
    expect(seen).toHaveLength(1);
  });

  it('asks nothing of it for a request refused before (no token, a refused body) or a GET', async () => {
    expect((await post({ query: '{ fast }' }, { authorization: '' })).status).toBe(401);
    expect((await post([{ query: '{ fast }' }])).status).toBe(400);
    const get = await fetch(`${url}?query=${encodeURIComponent('{ slow }')}`, {
      headers: { authorization: 'rep', 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toEqual({ data: { slow: 'from Apollo' } });
    expect(seen).toEqual([]);
  });
});

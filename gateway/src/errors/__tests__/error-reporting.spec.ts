import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { ApolloServer } from '@apollo/server';
import { correlationIdOf, currentLogContext, graphqlHttpHandler } from '@salesgraph/service-kit';
import { GraphQLError, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import pino from 'pino';
import type { GatewayContext } from '../../gateway-context';
import { createGatewayErrorFormatter, errorReportingPlugin } from '../format-gateway-error';

/**
 * The gateway's error reporting without a request scope: the formatter masks,
 * the plugin stamps the correlation id and logs with it, and the HTTP handler
 * stamps the answers Apollo Server gives before its pipeline. A schema of its
 * own stands in for the supergraph: what is tested is what surrounds it.
 */
describe('the gateway’s errors, with the correlation id in the context only', () => {
  let server: Server;
  let url: string;
  const lines: Array<Record<string, unknown>> = [];
  const scopeInResolver: unknown[] = [];
  let failNextStart = false;

  beforeAll(async () => {
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
          done();
        },
      }),
    );
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          broken: {
            type: GraphQLString,
            resolve: () => {
              scopeInResolver.push(currentLogContext());
              throw new Error('connection to lead-db refused at 10.0.0.7');
            },
          },
          refused: {
            type: GraphQLString,
            resolve: () => {
              throw new GraphQLError('That lead is closed.', {
                extensions: { code: 'LEAD_CLOSED', serviceName: 'lead' },
              });
            },
          },
          fine: { type: GraphQLString, resolve: () => 'yes' },
        },
      }),
    });
    const apollo = new ApolloServer<GatewayContext>({
      schema,
      formatError: createGatewayErrorFormatter(logger),
      plugins: [
        errorReportingPlugin(logger),
        {
          async requestDidStart() {
            if (!failNextStart) return;
            failNextStart = false;
            throw new Error('plugin bug: cannot read properties of undefined');
          },
        },
      ],
    });
    await apollo.start();
    const handler = graphqlHttpHandler<GatewayContext>({
      apollo,
      correlation: 'context',
      context: async (_request, correlationId) => ({
        user: { id: 'user-7' } as GatewayContext['user'],
        correlationId,
        requestKey: '1',
        internalTokenFor: async () => 'token',
      }),
    });
    server = createServer((request, response) => {
      void handler(request, response, correlationIdOf(request));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => (lines.length = 0));

  const ask = async (correlationId: string, query: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-correlation-id': correlationId },
      body: JSON.stringify({ query }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { errors?: Array<{ extensions?: unknown }> },
    };
  };
  const masked = () =>
    lines.filter((line) => line.msg === 'error masked before reaching the client');

  it('masks an internal error, answers with the correlation id and logs the cause with it', async () => {
    const { body } = await ask('corr-internal-1', '{ broken fine }');
    expect(body.errors).toEqual([
      {
        message: 'Internal server error. Quote the correlation id when reporting it.',
        path: ['broken'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId: 'corr-internal-1' },
      },
    ]);
    expect(masked()).toEqual([
      expect.objectContaining({
        correlationId: 'corr-internal-1',
        userId: 'user-7',
        err: expect.objectContaining({ message: 'connection to lead-db refused at 10.0.0.7' }),
      }),
    ]);
    // The request ran in no AsyncLocalStorage scope.
    expect(scopeInResolver).toEqual([undefined]);
  });

  it('passes a client error’s message and code, without the subgraph’s name, and logs nothing', async () => {
    const { body } = await ask('corr-client-1', '{ refused }');
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: 'That lead is closed.',
        extensions: { code: 'LEAD_CLOSED', correlationId: 'corr-client-1' },
      }),
    ]);
    expect(masked()).toEqual([]);
  });

  it('stamps the id on validation errors and on refusals made before the pipeline', async () => {
    const invalid = await ask('corr-invalid-1', '{ nope }');
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors?.[0].extensions).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
      correlationId: 'corr-invalid-1',
    });

    const noQuery = await fetch(url, { headers: { 'x-correlation-id': 'corr-get-1' } });
    expect(noQuery.status).toBe(400);
    const refused = (await noQuery.json()) as { errors: Array<{ extensions?: unknown }> };
    expect(refused.errors[0].extensions).toEqual({
      code: 'BAD_REQUEST',
      correlationId: 'corr-get-1',
    });
  });

  it('masks an error answered outside the pipeline, logs it and answers with the id', async () => {
    failNextStart = true;
    const { status, body } = await ask('corr-outside-1', '{ fine }');
    expect(status).toBe(500);
    expect(body.errors).toEqual([
      {
        message: 'Internal server error. Quote the correlation id when reporting it.',
        extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId: 'corr-outside-1' },
      },
    ]);
    // Apollo Server answers a plugin's failure to start a request with an error of its own.
    expect(masked()).toEqual([
      expect.objectContaining({
        outsidePipeline: true,
        err: expect.objectContaining({ message: 'Internal server error' }),
      }),
    ]);
    expect(JSON.stringify(body)).not.toMatch(/plugin bug/);
  });
});

import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { rememberQueryHashes } from '../graphql/remembered-query-hashes';
import { runWithLogContext } from '../logging/request-context';
import { countingStatements } from '../observability/sql-statement-count';
import { PayloadTooLargeError, readBody } from './read-body';

export interface GraphQLHttpOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** Builds the context or throws an HttpError (e.g. 401) to refuse the request. */
  context: (request: IncomingMessage, correlationId: string) => Promise<TContext>;
  bodyLimitBytes?: number;
  /** Runs on the parsed body before Apollo sees it; throw HttpError to refuse (e.g. too many operations). */
  inspectBody?: (body: unknown) => void;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const correlationPattern = /^[A-Za-z0-9._:-]{8,100}$/;

/** A well-formed correlation id from the caller, or a new one. */
export function correlationIdOf(request: IncomingMessage): string {
  const given = request.headers['x-correlation-id'];
  return typeof given === 'string' && correlationPattern.test(given) ? given : randomUUID();
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

/** A GraphQL-shaped error response for requests refused before execution. */
export function sendGraphQLError(
  response: ServerResponse,
  error: HttpError,
  correlationId: string,
) {
  sendJson(
    response,
    error.status,
    { errors: [{ message: error.message, extensions: { code: error.code, correlationId } }] },
    { ...error.headers, 'x-correlation-id': correlationId },
  );
}

/** Serves Apollo on plain node:http: no framework, so health routes and limits stay in our hands. */
export function graphqlHttpHandler<TContext extends BaseContext>(
  options: GraphQLHttpOptions<TContext>,
) {
  const limit = options.bodyLimitBytes ?? 1_000_000;
  rememberQueryHashes(require.resolve('@apollo/server'));
  return async (
    request: IncomingMessage,
    response: ServerResponse,
    correlationId: string,
  ): Promise<void> => {
    // Each request counts its own SQL statements (observability/sql-statement-count.ts).
    await runWithLogContext({ correlationId }, () =>
      countingStatements(async () => {
        try {
          const context = await options.context(request, correlationId);
          const url = new URL(request.url ?? '/', 'http://localhost');
          const headers = new HeaderMap();
          for (const [name, value] of Object.entries(request.headers)) {
            if (value !== undefined)
              headers.set(name, Array.isArray(value) ? value.join(', ') : value);
          }
          let body: unknown = undefined;
          if (request.method === 'POST') {
            const text = await readBody(request, limit);
            try {
              body = text.length ? JSON.parse(text) : undefined;
            } catch {
              throw new HttpError(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
            }
            options.inspectBody?.(body);
          }
          const result = await options.apollo.executeHTTPGraphQLRequest({
            httpGraphQLRequest: {
              method: request.method ?? 'GET',
              headers,
              search: url.search,
              body,
            },
            context: async () => context,
          });
          const responseHeaders: Record<string, string> = { 'x-correlation-id': correlationId };
          for (const [name, value] of result.headers) responseHeaders[name] = value;
          response.writeHead(result.status ?? 200, responseHeaders);
          if (result.body.kind === 'complete') {
            response.end(result.body.string);
          } else {
            for await (const chunk of result.body.asyncIterator) response.write(chunk);
            response.end();
          }
        } catch (error) {
          if (error instanceof HttpError) return sendGraphQLError(response, error, correlationId);
          if (error instanceof PayloadTooLargeError) {
            return sendGraphQLError(
              response,
              new HttpError(413, 'PAYLOAD_TOO_LARGE', error.message),
              correlationId,
            );
          }
          throw error;
        }
      }),
    );
  };
}

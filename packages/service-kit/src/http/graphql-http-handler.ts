import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { rememberMediaTypes } from '../graphql/remembered-media-types';
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
  /**
   * Where the request's correlation id (and SQL statement tally) travels.
   * `async-local` (the default): in the request's scope (AsyncLocalStorage),
   * where log lines and `formatError` find it. `context`: only in the
   * context the caller builds, for a process with no SQL whose log lines and
   * errors take the id from there (the gateway): Node's promise hooks, which
   * an AsyncLocalStorage turns on for every promise of the process once a
   * store is entered, cost the gateway about 5 % of its CPU a request
   * (lower without them in 14 of 16 paired readings: bench/journal.md). In that mode the handler stamps the id on the errors
   * of the answers Apollo Server gives before its request pipeline starts
   * (a GET without a query, say), which no plugin sees.
   */
  correlation?: 'async-local' | 'context';
  /**
   * Answers a POST itself, before Apollo Server, where it can give Apollo's
   * own answer for less (the gateway's single-fetch reads); undefined hands
   * the request to Apollo Server. Runs after the body's checks and the
   * context (authentication, rate limit); the handler adds the correlation id.
   */
  shortcut?: (request: ShortcutRequest, context: TContext) => Promise<ShortcutAnswer | undefined>;
}

/** A POST as the shortcut sees it: its parsed body and its headers. */
export interface ShortcutRequest {
  readonly body: unknown;
  readonly headers: IncomingHttpHeaders;
}

/** An answer the shortcut gives in Apollo Server's place. */
export interface ShortcutAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Buffer;
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
  const inScope = (options.correlation ?? 'async-local') === 'async-local';
  rememberQueryHashes(require.resolve('@apollo/server'));
  rememberMediaTypes(require.resolve('@apollo/server'));
  const serve = async (
    request: IncomingMessage,
    response: ServerResponse,
    correlationId: string,
  ): Promise<void> => {
    try {
      const context = await options.context(request, correlationId);
      let body: unknown = undefined;
      if (request.method === 'POST') {
        const text = await readBody(request, limit);
        try {
          body = text.length ? JSON.parse(text) : undefined;
        } catch {
          throw new HttpError(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
        }
        options.inspectBody?.(body);
        const answer = await options.shortcut?.({ body, headers: request.headers }, context);
        if (answer) {
          response.writeHead(answer.status, {
            'x-correlation-id': correlationId,
            ...answer.headers,
          });
          response.end(answer.body);
          return;
        }
      }
      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const result = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: request.method ?? 'GET',
          headers,
          search: searchOf(request.url ?? '/'),
          body,
        },
        context: async () => context,
      });
      const responseHeaders: Record<string, string> = { 'x-correlation-id': correlationId };
      for (const [name, value] of result.headers) responseHeaders[name] = value;
      const status = result.status ?? 200;
      response.writeHead(status, responseHeaders);
      if (result.body.kind === 'complete') {
        // Answers before the pipeline are refusals (400 and up); the pipeline's own carry the id already.
        response.end(
          !inScope && status >= 400
            ? withCorrelationId(result.body.string, correlationId)
            : result.body.string,
        );
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
  };
  if (!inScope) return serve;
  // Each request counts its own SQL statements (observability/sql-statement-count.ts).
  return (request: IncomingMessage, response: ServerResponse, correlationId: string) =>
    runWithLogContext({ correlationId }, () =>
      countingStatements(() => serve(request, response, correlationId)),
    );
}

/**
 * The query string of a request's target, as `new URL(target, base).search`
 * gives it for what Apollo Server reads from it (a GET's parameters), without
 * building a URL on every request.
 */
export function searchOf(target: string): string {
  const fragment = target.indexOf('#');
  const beforeFragment = fragment < 0 ? target : target.slice(0, fragment);
  const start = beforeFragment.indexOf('?');
  return start < 0 || start === beforeFragment.length - 1 ? '' : beforeFragment.slice(start);
}

/** A JSON answer's errors, each with `correlationId` in its extensions where it had none; anything else unchanged. */
export function withCorrelationId(body: string, correlationId: string): string {
  let answer: unknown;
  try {
    answer = JSON.parse(body);
  } catch {
    return body;
  }
  const errors = (answer as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return body;
  for (const error of errors) {
    if (typeof error !== 'object' || error === null) continue;
    const extensions = ((error as { extensions?: Record<string, unknown> }).extensions ??= {});
    extensions.correlationId ??= correlationId;
  }
  return JSON.stringify(answer);
}

import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { parseCacheControlHeader } from '@apollo/gateway/dist/datasources/parseCacheControlHeader';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import { INTERNAL_TOKEN_HEADER } from '@salesgraph/identity';
import { injectTraceHeaders } from '@salesgraph/observability';
import type { GatewayContext } from '../gateway-context';
import type { SubgraphName } from '../supergraph/subgraph-names';
import { GATEWAY_REQUEST_HEADER } from './batching-fetch';
import { keepAliveFetch } from './keep-alive-fetch';
import type { SubgraphFetch } from './subgraph-answer';

type FetcherResponse = Parameters<RemoteGraphQLDataSource['parseBody']>[0];
type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/**
 * The headers of a call to a subgraph for a client request: its JSON body, the
 * internal token for the request's user and this subgraph alone, the request's
 * correlation id and the trace it continues; no header the client sent.
 */
export async function subgraphCallHeaders(
  context: GatewayContext,
  subgraph: SubgraphName,
): Promise<Record<string, string>> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    [INTERNAL_TOKEN_HEADER]: await context.internalTokenFor(subgraph),
    'x-correlation-id': context.correlationId,
  };
  // The subgraph continues this request's trace (a no-op when tracing is off).
  injectTraceHeaders((name, value) => (headers[name.toLowerCase()] = value));
  return headers;
}

/**
 * How the gateway calls a subgraph: with the internal token for the request's
 * user and this subgraph alone (its audience, reused for the user: identity's
 * `reusedInternalTokens`), the request's correlation id in `x-correlation-id`,
 * and no header the client sent.
 *
 * `process` is Apollo's, less what this gateway never uses: Apollo builds a
 * node-fetch `Headers` and a node-fetch `Request` for every call (the Request
 * only for error reports), about 5 % of the gateway's CPU under the lead list.
 * Here the headers are a plain object and the call goes straight to `send`
 * (replicaFetch over keepAliveFetch). What Apollo does with the answer is
 * kept: an HTTP error becomes Apollo's own error (`errorFromResponse`), a body
 * that is not a JSON object fails the call, and the subgraph's Cache-Control
 * restricts the request's cache policy. Automatic persisted queries, which
 * Apollo's `process` also handles, are off for our subgraphs.
 */
export class InternalCredentialDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(options: {
    url: string;
    subgraph: SubgraphName;
    /** How to send (the instances of the subgraph, see replicaFetch); keep-alive HTTP when left out. */
    fetch?: SubgraphFetch;
  }) {
    super({ url: options.url });
    this.subgraph = options.subgraph;
    this.send = options.fetch ?? keepAliveFetch();
  }

  private readonly subgraph: SubgraphName;
  private readonly send: SubgraphFetch;

  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<GatewayGraphQLResponse> {
    const { request, context } = options;
    if (!('internalTokenFor' in context) || typeof context.internalTokenFor !== 'function') {
      // The gateway's own calls (none at runtime: the supergraph is a file) carry no user.
      throw new Error('refusing to call a subgraph without a signed internal token');
    }
    if (!request.query) throw new Error('Missing query');
    let answer: FetcherResponse;
    const prefetched = context.prefetched;
    if (prefetched?.subgraph === this.subgraph && prefetched.query === request.query) {
      // The single-fetch shortcut's answer to this very call, handed over for the full path.
      context.prefetched = undefined;
      answer = (await prefetched.answer) as unknown as FetcherResponse;
    } else {
      const headers = await subgraphCallHeaders(context as GatewayContext, this.subgraph);
      // Apollo's executor sets request headers only to ask for a federated trace.
      for (const [name, value] of request.http?.headers ?? []) headers[name.toLowerCase()] = value;
      // Which client request this call is part of, for batchingFetch (which takes it off).
      headers[GATEWAY_REQUEST_HEADER] = context.requestKey;
      const { query, http: _http, ...rest } = request;
      answer = (await this.send(this.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, ...rest }),
      })) as unknown as FetcherResponse;
    }
    if (!answer.ok) throw await this.errorFromResponse(answer);
    const body = await this.parseBody(answer);
    if (typeof body !== 'object' || body === null) {
      throw new Error(`Expected JSON response body, but received: ${body}`);
    }
    this.restrictCachePolicy(options, answer);
    return body as GatewayGraphQLResponse;
  }

  /** What Apollo's `respond` does with the subgraph's Cache-Control header. */
  private restrictCachePolicy(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
    answer: FetcherResponse,
  ): void {
    if (
      !this.honorSubgraphCacheControlHeader ||
      options.kind !== GraphQLDataSourceRequestKind.INCOMING_OPERATION
    )
      return;
    const policy = options.incomingRequestContext.overallCachePolicy;
    if (!policy || !('restrict' in policy)) return;
    const parsed = parseCacheControlHeader(answer.headers.get('cache-control'));
    const maxAge = parsed['max-age'];
    policy.restrict({
      maxAge: typeof maxAge === 'string' && /^[0-9]+$/.test(maxAge) ? Number(maxAge) : 0,
      ...(parsed['private'] === true ? { scope: 'PRIVATE' as const } : {}),
      ...(parsed['public'] === true ? { scope: 'PUBLIC' as const } : {}),
    });
  }
}

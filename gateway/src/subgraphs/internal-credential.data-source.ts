import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { INTERNAL_TOKEN_HEADER } from '@salesgraph/identity';
import { injectTraceHeaders } from '@salesgraph/observability';
import type { GatewayContext } from '../gateway-context';
import type { SubgraphName } from '../supergraph/subgraph-names';
import { GATEWAY_REQUEST_HEADER } from './batching-fetch';
import { keepAliveFetch } from './keep-alive-fetch';
import type { SubgraphFetch } from './subgraph-answer';

/**
 * How the gateway calls a subgraph: with the internal token for the request's
 * user and this subgraph alone (its audience, reused for the user: identity's
 * `reusedInternalTokens`), the request's correlation id in `x-correlation-id`,
 * and no header the client sent.
 *
 * Calls go through our own keep-alive fetch (keep-alive-fetch.ts, via
 * replicaFetch) rather than Apollo's default (make-fetch-happen), because it
 * closes an idle keep-alive connection before the server's announced
 * `Keep-Alive: timeout` runs out. The default keeps idle sockets for ever, so
 * a request sent on a socket the subgraph is closing at that instant failed
 * with "socket hang up" (seen as a rare INTERNAL_SERVER_ERROR on a mutation
 * after a few idle seconds).
 */
type SubgraphFetcher = NonNullable<RemoteGraphQLDataSource['fetcher']>;

export class InternalCredentialDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(options: {
    url: string;
    subgraph: SubgraphName;
    /** How to send (the instances of the subgraph, see replicaFetch); keep-alive node:http when left out. */
    fetch?: SubgraphFetch;
  }) {
    super({
      url: options.url,
      // The answers carry what RemoteGraphQLDataSource reads of a Response (see SubgraphAnswer).
      fetcher: (options.fetch ?? keepAliveFetch()) as unknown as SubgraphFetcher,
    });
    this.subgraph = options.subgraph;
  }

  private readonly subgraph: SubgraphName;

  override async willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    if (!request.http) return;
    if (!('internalTokenFor' in context) || typeof context.internalTokenFor !== 'function') {
      // The gateway's own calls (none at runtime: the supergraph is a file) carry no user.
      throw new Error('refusing to call a subgraph without a signed internal token');
    }
    request.http.headers.set(INTERNAL_TOKEN_HEADER, await context.internalTokenFor(this.subgraph));
    request.http.headers.set('x-correlation-id', context.correlationId);
    // Which client request this call is part of, for batchingFetch (which takes it off).
    request.http.headers.set(GATEWAY_REQUEST_HEADER, context.requestKey);
    // The subgraph continues this request's trace (a no-op when tracing is off).
    injectTraceHeaders((name, value) => request.http!.headers.set(name, value));
  }
}

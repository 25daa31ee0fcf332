import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { INTERNAL_TOKEN_HEADER } from '@salesgraph/identity';
import type { GatewayContext } from '../gateway-context';

/**
 * How the gateway calls a subgraph: with the internal token it signed for
 * this request and the correlation id, and with no header the client sent.
 */
export class InternalCredentialDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!request.http) return;
    if (!('internalToken' in context) || !context.internalToken) {
      // The gateway's own calls (none at runtime: the supergraph is a file) carry no user.
      throw new Error('refusing to call a subgraph without a signed internal token');
    }
    request.http.headers.set(INTERNAL_TOKEN_HEADER, context.internalToken);
    request.http.headers.set('x-correlation-id', context.correlationId);
  }
}

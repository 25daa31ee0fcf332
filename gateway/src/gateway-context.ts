import type { AuthenticatedUser } from '@salesgraph/identity';
import type { SubgraphName } from './supergraph/subgraph-names';

/** Per request: the verified client user and the internal tokens signed for it. */
export interface GatewayContext {
  user: AuthenticatedUser;
  correlationId: string;
  /** The credential for one subgraph (its own audience), signed once per request and subgraph. */
  internalTokenFor(subgraph: SubgraphName): Promise<string>;
}

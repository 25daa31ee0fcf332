import type { AuthenticatedUser } from '@salesgraph/identity';
import type { SubgraphName } from './supergraph/subgraph-names';

/** Per request: the verified client user, the request's correlation id, and the internal tokens for the user. */
export interface GatewayContext {
  user: AuthenticatedUser;
  correlationId: string;
  /** Unique to this request in this gateway process: what batchingFetch merges within, and never across. */
  requestKey: string;
  /** The credential for one subgraph (its own audience), reused for the user (identity's `reusedInternalTokens`). */
  internalTokenFor(subgraph: SubgraphName): Promise<string>;
}

import type { AuthenticatedUser } from '@salesgraph/identity';
import type { FetchedAnswer } from './subgraphs/subgraph-answer';
import type { SubgraphName } from './supergraph/subgraph-names';

/** Per request: the verified client user, the request's correlation id, and the internal tokens for the user. */
export interface GatewayContext {
  user: AuthenticatedUser;
  correlationId: string;
  /** Unique to this request in this gateway process: what batchingFetch merges within, and never across. */
  requestKey: string;
  /** The credential for one subgraph (its own audience), reused for the user (identity's `reusedInternalTokens`). */
  internalTokenFor(subgraph: SubgraphName): Promise<string>;
  /**
   * A subgraph's answer (or the call's failure) the single-fetch shortcut already has for this
   * request's one call, when it is not one the shortcut passes on (an error, say): the data
   * source takes it instead of calling again, so the full path shapes and reports it as always
   * and the subgraph runs the read once.
   */
  prefetched?: { subgraph: SubgraphName; query: string; answer: Promise<FetchedAnswer> };
}

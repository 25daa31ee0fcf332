import type { AuthenticatedUser } from '@salesgraph/identity';

/** Per request: the verified client user and the internal token signed for it. */
export interface GatewayContext {
  user: AuthenticatedUser;
  correlationId: string;
  internalToken: string;
}

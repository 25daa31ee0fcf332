import type { EventContext } from '@salesgraph/events';
import type { AuthenticatedUser } from '@salesgraph/identity';
import type { Logger } from 'pino';
import { LoaderRegistry } from './loader-registry';

/** What every resolver receives: the verified user and per-request state. */
export interface GraphQLContext {
  user: AuthenticatedUser;
  correlationId: string;
  logger: Logger;
  /** DataLoaders of this request only: batching without caching across users. */
  loaders: LoaderRegistry;
}

export function createGraphQLContext(
  user: AuthenticatedUser,
  correlationId: string,
  logger: Logger,
): GraphQLContext {
  return {
    user,
    correlationId,
    logger: logger.child({ userId: user.id }),
    loaders: new LoaderRegistry(),
  };
}

/** The event context for events a mutation emits: the user acted, in this request's correlation. */
export function eventContextOf(context: GraphQLContext): EventContext {
  return { correlationId: context.correlationId, actor: { type: 'user', id: context.user.id } };
}

import type { AuthenticatedUser } from '@salesgraph/identity';
import type { Logger } from 'pino';
import { userCommand, type CommandContext } from '../command/command-context';
import { systemClock, type Clock } from '../domain/clock';
import type { LoaderRegistry } from './loader-registry';

/**
 * What every resolver receives: the command context that resolvers hand to
 * services (who acts, correlation, clock, per-request loaders), and the
 * request's logger. `user`, `correlationId` and `loaders` are the command's,
 * repeated for the edge code that reads them directly.
 */
export interface GraphQLContext {
  command: CommandContext;
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
  clock: Clock = systemClock,
): GraphQLContext {
  const command = userCommand(user, { correlationId, clock });
  return {
    command,
    user,
    correlationId,
    logger: logger.child({ userId: user.id }),
    loaders: command.loaders,
  };
}

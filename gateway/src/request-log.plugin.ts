import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { GatewayContext } from './gateway-context';

/** The request log's line for one operation: who, which operation, how long, how many errors. */
export function logOperation(
  logger: Logger,
  context: GatewayContext,
  operation: { name: string | null; ms: number; errors: number },
): void {
  logger.info(
    {
      correlationId: context.correlationId,
      userId: context.user.id,
      operationName: operation.name,
      ms: operation.ms,
      errors: operation.errors,
    },
    'operation',
  );
}

/** One log line per operation (logOperation); the single-fetch shortcut writes the same. */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = Date.now();
      return {
        async willSendResponse({ operationName, errors }) {
          logOperation(logger, contextValue, {
            name: operationName ?? null,
            ms: Date.now() - started,
            errors: errors?.length ?? 0,
          });
        },
      };
    },
  };
}

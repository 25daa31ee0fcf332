import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { GatewayContext } from './gateway-context';

/** One log line per operation: who, which operation, how long, how many errors. */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = Date.now();
      return {
        async willSendResponse({ operationName, errors }) {
          logger.info(
            {
              correlationId: contextValue.correlationId,
              userId: contextValue.user.id,
              operationName: operationName ?? null,
              ms: Date.now() - started,
              errors: errors?.length ?? 0,
            },
            'operation',
          );
        },
      };
    },
  };
}

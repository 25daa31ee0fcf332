import { unwrapResolverError } from '@apollo/server/errors';
import { currentLogContext } from '@salesgraph/service-kit';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

/**
 * Codes whose messages are written for clients: the gateway's own limits,
 * GraphQL's parse and validation errors, and the domain errors subgraphs
 * return (they mask everything else as INTERNAL_SERVER_ERROR themselves).
 */
const internalCodes = new Set(['INTERNAL_SERVER_ERROR', 'DOWNSTREAM_SERVICE_ERROR']);

/**
 * Errors reach clients masked: a code, a message meant for people and the
 * correlation id. Anything without a client code is logged in full and
 * replaced. Subgraph names, stack traces and exception details never leave.
 */
export function createGatewayErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const correlationId = currentLogContext()?.correlationId;
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && /^[A-Z][A-Z_]+$/.test(code) && !internalCodes.has(code)) {
      const {
        serviceName: _service,
        exception: _exception,
        stacktrace: _stack,
        ...extensions
      } = formatted.extensions ?? {};
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { ...extensions, code, correlationId },
      };
    }
    logger.error(
      { err: unwrapResolverError(error), formatted, correlationId },
      'error masked before reaching the client',
    );
    return {
      message: 'Internal server error. Quote the correlation id when reporting it.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId },
    };
  };
}

import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { GatewayContext } from '../gateway-context';

/**
 * Codes whose messages are written for clients: the gateway's own limits,
 * GraphQL's parse and validation errors, and the domain errors subgraphs
 * return (they mask everything else as INTERNAL_SERVER_ERROR themselves).
 */
const internalCodes = new Set(['INTERNAL_SERVER_ERROR', 'DOWNSTREAM_SERVICE_ERROR']);

/** What a masked error keeps for its log line, out of sight of JSON.stringify (a symbol key, not enumerable). */
const maskedCause = Symbol('maskedCause');
type MaskedError = GraphQLFormattedError & {
  [maskedCause]?: { error: unknown; formatted: GraphQLFormattedError };
};

/**
 * Errors reach clients masked: a code, a message meant for people and the
 * correlation id. Anything without a client code is logged in full and
 * replaced. Subgraph names, stack traces and exception details never leave.
 *
 * The gateway keeps the correlation id in its request's context, not in an
 * AsyncLocalStorage scope (service-kit's graphqlHttpHandler, `correlation:
 * 'context'`), and Apollo Server's `formatError` gets no context: so the
 * formatter masks, and `errorReportingPlugin`, which has the context, adds
 * the id and writes the log line. Errors Apollo Server answers before its
 * request pipeline reach no plugin: the formatter logs those itself, and the
 * HTTP handler stamps the id on them.
 */
export function createGatewayErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
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
        extensions: { ...extensions, code },
      };
    }
    const masked: MaskedError = {
      message: 'Internal server error. Quote the correlation id when reporting it.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
    if (inPipeline.has(error as object)) {
      Object.defineProperty(masked, maskedCause, { value: { error, formatted } });
    } else {
      logMasked(logger, error, formatted, { outsidePipeline: true });
    }
    return masked;
  };
}

/** The errors of requests in Apollo Server's pipeline, marked before they are formatted. */
const inPipeline = new WeakSet<object>();

/**
 * Adds the request's correlation id to every error the gateway answers in
 * Apollo Server's request pipeline and logs each masked one with it and the
 * user: the half of error reporting that needs the request's context.
 */
export function errorReportingPlugin(logger: Logger): ApolloServerPlugin<GatewayContext> {
  const report = (errors: readonly MaskedError[] | undefined, context: GatewayContext) => {
    for (const error of errors ?? []) {
      // The formatter builds each error's extensions afresh, so they are this answer's own.
      const extensions = error.extensions as Record<string, unknown> | undefined;
      if (extensions) extensions.correlationId = context.correlationId;
      const cause = error[maskedCause];
      if (cause) {
        logMasked(logger, cause.error, cause.formatted, {
          correlationId: context.correlationId,
          userId: context.user.id,
        });
      }
    }
  };
  return {
    async requestDidStart() {
      return {
        // Apollo Server calls this right before it formats the same error objects.
        async didEncounterErrors({ errors }) {
          for (const error of errors) inPipeline.add(error);
        },
        // Incremental delivery (@defer) needs graphql 17; on graphql 16 every answer is single.
        async willSendResponse({ response, contextValue }) {
          const body = response.body;
          report(
            body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors,
            contextValue,
          );
        },
      };
    },
  };
}

function logMasked(
  logger: Logger,
  error: unknown,
  formatted: GraphQLFormattedError,
  where: Record<string, unknown>,
) {
  logger.error(
    { err: unwrapResolverError(error), formatted, ...where },
    'error masked before reaching the client',
  );
}

import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { GraphQLMetrics } from './graphql-metrics';

/** Codes a client caused; anything else marks the request's span as failed. */
const clientCodes = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'RATE_LIMITED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
]);

/**
 * Names the request's span after its operation (`graphql query LeadList`), with the operation's
 * name and type as attributes: here and for an operation answered outside Apollo Server's
 * pipeline (the gateway's single-fetch shortcut). `label` is the metrics' bounded name.
 */
export function nameOperationSpan(
  label: string,
  operationName: string | null | undefined,
  type: string,
): void {
  const span = trace.getActiveSpan();
  span?.updateName(`graphql ${type} ${label}`);
  span?.setAttributes({
    'graphql.operation.name': operationName ?? '',
    'graphql.operation.type': type,
  });
}

/**
 * Counts and times every operation (by name, bounded) and every error code
 * the client receives, and names the request's span after the operation, for
 * the gateway and every subgraph alike.
 */
export function graphqlObservabilityPlugin<TContext extends BaseContext>(
  metrics: GraphQLMetrics,
  options: {
    /** The SQL statements the current request has sent so far (a subgraph's tally; undefined outside one). */
    sqlStatements?: () => number | undefined;
  } = {},
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ request }) {
      const started = process.hrtime.bigint();
      let operation = metrics.names.of(request.operationName);
      let type = 'unknown';
      return {
        async didResolveOperation(context) {
          operation = metrics.names.of(context.operationName);
          type = context.operation?.operation ?? 'unknown';
          nameOperationSpan(operation, context.operationName, type);
        },
        async willSendResponse({ response, document }) {
          // Refused before the operation was resolved (validation): name it from the document.
          if (type === 'unknown' && document) {
            const definition = document.definitions.find(
              (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
            );
            if (definition) {
              type = definition.operation;
              if (operation === 'anonymous') operation = metrics.names.of(definition.name?.value);
            }
          }
          const errors =
            response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const errorCodes = errors.map((e) =>
            String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
          );
          metrics.record({
            operation,
            type,
            seconds: Number(process.hrtime.bigint() - started) / 1e9,
            errorCodes,
            // Every resolver has finished by now: the request's whole count.
            sqlStatements: options.sqlStatements?.(),
          });
          const failure = errorCodes.find((code) => !clientCodes.has(code));
          if (failure)
            trace.getActiveSpan()?.setStatus({ code: SpanStatusCode.ERROR, message: failure });
        },
      };
    },
  };
}

import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { ArgumentValidationError, AuthorizationError, AuthenticationError } from 'type-graphql';
import { currentLogContext } from '../logging/request-context';
import { DomainError } from './domain-error';

/** Codes whose messages were written for clients and are safe to pass on. */
const clientCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

interface ConstraintError {
  property: string;
  constraints?: Record<string, string>;
  children?: ConstraintError[];
}

function flatten(
  errors: ConstraintError[],
  prefix = '',
): Array<{ field: string; messages: string[] }> {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Shapes every error a subgraph returns: domain errors and input validation
 * keep their code and message; anything unexpected is logged in full and
 * reaches the client only as INTERNAL_SERVER_ERROR with the correlation id.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const correlationId = currentLogContext()?.correlationId;
    const original = unwrapResolverError(error);
    const base = {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
    };

    if (original instanceof ArgumentValidationError) {
      const fields = flatten((original.extensions.validationErrors ?? []) as ConstraintError[]);
      const summary = fields.map((f) => `${f.field}: ${f.messages.join(', ')}`).join('; ');
      return {
        ...base,
        message: `Invalid input: ${summary || 'the arguments do not pass validation'}`,
        extensions: { code: 'BAD_USER_INPUT', fields, correlationId },
      };
    }
    if (original instanceof AuthorizationError || original instanceof AuthenticationError) {
      return {
        ...base,
        message: 'You are not allowed to do this: your role does not permit it.',
        extensions: { code: 'FORBIDDEN', correlationId },
      };
    }
    if (original instanceof DomainError) {
      return { ...base, extensions: { ...original.extensions, correlationId } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && clientCodes.has(code)) {
      return { ...base, extensions: { code, correlationId } };
    }
    logger.error(
      { err: original, path: formatted.path, correlationId },
      'unexpected error while resolving',
    );
    return {
      message: 'Internal server error. Quote the correlation id when reporting it.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId },
    };
  };
}

import type { CombinedError } from '@urql/core';

/** One error as the graph reported it: the message is for people, the code for the screen. */
export interface GraphError {
  message: string;
  /** extensions.code: FORBIDDEN, CONFLICT, INVALID_TRANSITION, BAD_USER_INPUT, NOT_FOUND, ... */
  code: string | null;
  correlationId: string | null;
}

/** Every error of a result, in order; a network failure is one error without a code. */
export function graphErrors(error: CombinedError | undefined | null): GraphError[] {
  if (!error) return [];
  if (error.graphQLErrors.length) {
    return error.graphQLErrors.map((e) => ({
      message: e.message,
      code: typeof e.extensions?.code === 'string' ? e.extensions.code : null,
      correlationId:
        typeof e.extensions?.correlationId === 'string' ? e.extensions.correlationId : null,
    }));
  }
  const status = (error.response as Response | undefined)?.status;
  return [
    {
      message: error.networkError
        ? `The gateway could not be reached${status ? ` (HTTP ${status})` : ''}: ${error.networkError.message}`
        : error.message,
      code: null,
      correlationId: null,
    },
  ];
}

export const hasCode = (errors: GraphError[], code: string) => errors.some((e) => e.code === code);

import { useCallback, useState } from 'react';
import { useMutation } from 'urql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphErrors, type GraphError } from './graph-errors';

export interface Action<TData, TVariables> {
  /** Runs the mutation; the data when it succeeded, null when the graph returned errors. */
  run(variables: TVariables): Promise<TData | null>;
  errors: GraphError[];
  busy: boolean;
  clear(): void;
}

/** A mutation whose errors the screen shows where the person acted. */
export function useAction<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
): Action<TData, TVariables> {
  const [state, execute] = useMutation<TData, TVariables>(document);
  const [errors, setErrors] = useState<GraphError[]>([]);
  const run = useCallback(
    async (variables: TVariables) => {
      setErrors([]);
      const result = await execute(variables);
      const found = graphErrors(result.error);
      setErrors(found);
      return found.length || !result.data ? null : result.data;
    },
    [execute],
  );
  const clear = useCallback(() => setErrors([]), []);
  return { run, errors, busy: state.fetching, clear };
}

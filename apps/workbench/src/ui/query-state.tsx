import type { ReactNode } from 'react';
import type { CombinedError } from '@urql/core';
import { graphErrors } from '../graphql/graph-errors';
import { ErrorList } from './error-list';

interface QueryStateProps<T> {
  result: { data?: T; fetching: boolean; error?: CombinedError };
  /** What the data looks like when there is nothing to show. */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  label: string;
  children: (data: T) => ReactNode;
}

/**
 * Loading, error and empty states, the same everywhere. Data already on the
 * screen stays while a refresh runs; errors show above whatever data there is.
 */
export function QueryState<T>({ result, isEmpty, empty, label, children }: QueryStateProps<T>) {
  const errors = graphErrors(result.error);
  if (!result.data) {
    if (errors.length) return <ErrorList errors={errors} />;
    return (
      <p className="loading" role="status">
        Loading {label}…
      </p>
    );
  }
  return (
    <>
      <ErrorList errors={errors} />
      {isEmpty?.(result.data) ? (
        <p className="empty">{empty ?? `No ${label}.`}</p>
      ) : (
        children(result.data)
      )}
    </>
  );
}

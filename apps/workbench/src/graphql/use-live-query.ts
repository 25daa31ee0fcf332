import { useCallback, useEffect } from 'react';
import { useQuery, type AnyVariables, type UseQueryArgs, type UseQueryState } from 'urql';

/**
 * A query and a way to read it again from the graph (after an action, or when
 * asked). With `pollMs`, it re-reads while the tab is visible: what other
 * people and other services change (a lead from marketing, an order moved by
 * the coordinator) reaches the screen without a reload.
 */
export function useLiveQuery<TData, TVariables extends AnyVariables>(
  args: UseQueryArgs<TVariables, TData>,
  pollMs?: number,
): [UseQueryState<TData, TVariables>, () => void] {
  const [result, execute] = useQuery<TData, TVariables>(args);
  const reload = useCallback(() => execute({ requestPolicy: 'network-only' }), [execute]);
  useEffect(() => {
    if (!pollMs) return undefined;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') reload();
    }, pollMs);
    return () => clearInterval(timer);
  }, [pollMs, reload]);
  // urql keeps the previous variables' data while the new ones load: never
  // show one campaign's (or team's, or account's) figures under another's name.
  const stale =
    result.operation !== undefined &&
    JSON.stringify(result.operation.variables ?? {}) !== JSON.stringify(args.variables ?? {});
  return [
    stale ? { ...result, data: undefined, error: undefined, fetching: true } : result,
    reload,
  ];
}

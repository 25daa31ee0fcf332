import type { CommandContext } from '../command/command-context';

/**
 * The shapes every batch function returns: DataLoader wants one result per
 * key, in the keys' order. These turn rows fetched with `= ANY($1)` into
 * that, so batch functions are a query and one of these lines.
 */

/** The row of each key, or null where there is none. */
export function oneByKey<K, T>(
  keys: readonly K[],
  rows: readonly T[],
  keyOf: (row: T) => K,
): Array<T | null> {
  const byKey = new Map<K, T>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}

/** The rows of each key, in the order fetched; an empty list where there are none. */
export function manyByKey<K, T>(
  keys: readonly K[],
  rows: readonly T[],
  keyOf: (row: T) => K,
): T[][] {
  const byKey = new Map<K, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) byKey.get(keyOf(row))?.push(row);
  return keys.map((key) => byKey.get(key) ?? []);
}

/**
 * Loads one key through the command's per-request loader `name`: every call
 * for the same name in one request is batched into one `fetch`.
 */
export function loadOne<K, T>(
  command: Pick<CommandContext, 'loaders'>,
  name: string,
  key: K,
  fetch: (keys: readonly K[]) => Promise<Array<T | null>>,
): Promise<T | null> {
  return command.loaders.get<K, T | null>(name, (keys) => fetch(keys)).load(key);
}

/** Like loadOne, for a list per key (the lines of an order, the contacts of an account). */
export function loadMany<K, T>(
  command: Pick<CommandContext, 'loaders'>,
  name: string,
  key: K,
  fetch: (keys: readonly K[]) => Promise<T[][]>,
): Promise<T[]> {
  return command.loaders.get<K, T[]>(name, (keys) => fetch(keys)).load(key);
}

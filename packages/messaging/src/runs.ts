/** Items by a key, keys in the order they first appear, each key's items in their order. */
export function groupedBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * Consecutive items cut into runs of at most `max` (by `sizeOf`); an item larger than `max` goes
 * in a run of its own. The relay's produce requests (bytes) and the consumer's merged slices
 * (messages) are cut so.
 */
export function* runsUpTo<T>(
  items: Iterable<T>,
  sizeOf: (item: T) => number,
  max: number,
): Generator<T[]> {
  let run: T[] = [];
  let size = 0;
  for (const item of items) {
    const itemSize = sizeOf(item);
    if (run.length > 0 && size + itemSize > max) {
      yield run;
      run = [];
      size = 0;
    }
    run.push(item);
    size += itemSize;
  }
  if (run.length > 0) yield run;
}

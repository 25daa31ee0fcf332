/**
 * Applies the given values to an entity and returns the names of the fields
 * whose value really changed, for the `changedFields` of an update event.
 * Fields left out (undefined or null) stay as they are; dates compare by
 * instant.
 */
export function applyChanges<T extends object>(entity: T, changes: Partial<T>): string[] {
  const changed: string[] = [];
  for (const [key, value] of Object.entries(changes) as Array<
    [keyof T & string, T[keyof T & string]]
  >) {
    if (value === undefined || value === null || sameValue(entity[key], value)) continue;
    entity[key] = value;
    changed.push(key);
  }
  return changed;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

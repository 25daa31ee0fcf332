import { isUUID } from 'class-validator';

/**
 * ID arguments are free text in GraphQL; our keys are UUIDs. Anything else
 * cannot exist, so it is filtered out before it reaches PostgreSQL (which
 * would fail the whole query with an internal error instead of NOT_FOUND).
 */
export function onlyUuids(ids: readonly string[]): string[] {
  return ids.filter((id) => isUUID(id));
}

export function isUuid(id: string): boolean {
  return isUUID(id);
}

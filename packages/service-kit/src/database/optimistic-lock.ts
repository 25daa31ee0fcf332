import { ConflictError } from '../graphql/domain-error';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The optimistic lock: applies `changes` and increments `version` only if the
 * row is still at the version the caller saw. Under concurrency the second
 * writer waits for the first one's row lock, then finds the version moved on
 * and updates nothing: exactly one of them wins.
 */
export async function updateIfVersion<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  changes: Record<string, unknown>,
): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...changes, version: () => 'version + 1' } as never)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  return result.affected === 1;
}

/**
 * For a change made on a row read and locked in the same transaction: CONFLICT
 * unless the row is still at the version the caller last read, so that nobody
 * overwrites a change they have not seen. `what` names the record for a person
 * ("lead Acme / Jane Doe").
 */
export function assertVersion(
  record: { version: number },
  expectedVersion: number,
  what: string,
): void {
  if (record.version === expectedVersion) return;
  throw new ConflictError(
    `Someone else changed ${what} first: you saw version ${expectedVersion}, it is now at version ${record.version}. Reload it and try again.`,
    { expectedVersion, currentVersion: record.version },
  );
}

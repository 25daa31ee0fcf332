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

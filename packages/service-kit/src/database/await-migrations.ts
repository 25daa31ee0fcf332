import type { DataSource } from 'typeorm';

/**
 * For instances that do not migrate (DATABASE_MIGRATE_ON_START=false, as in a
 * cluster where a migration job does): waits until the database has every
 * migration this build knows, so that no instance serves an older schema
 * than its code expects. Fails with the reason after `timeoutMs`.
 */
export async function awaitMigrations(
  dataSource: DataSource,
  timeoutMs: number,
  onWait: () => void = () => undefined,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let told = false;
  // showMigrations: true while any migration of this build is not applied yet.
  while (await dataSource.showMigrations()) {
    if (Date.now() > deadline)
      throw new Error(
        `migrations are pending after ${timeoutMs / 1000} s: run the migration job (or set DATABASE_MIGRATE_ON_START=true)`,
      );
    if (!told) onWait();
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

/** The configuration of a migration run: migrating is its whole point. */
export function migrationOnly<T extends { DATABASE_MIGRATE_ON_START: boolean }>(config: T): T {
  return { ...config, DATABASE_MIGRATE_ON_START: true };
}

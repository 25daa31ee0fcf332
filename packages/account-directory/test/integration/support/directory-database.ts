import { createDataSource } from '@salesgraph/service-kit';
import { createTestDatabase, type TestDatabase } from '@salesgraph/testing';
import type { DataSource } from 'typeorm';
import { accountDirectoryEntities, accountDirectoryMigrations } from '../../../src';

/** A new test database with the account directory's tables, and a data source on it. */
export async function migratedDirectoryDatabase(
  name: string,
): Promise<{ database: TestDatabase; source: DataSource }> {
  const database = await createTestDatabase(name);
  const source = createDataSource({
    url: database.url,
    entities: accountDirectoryEntities,
    migrations: accountDirectoryMigrations,
    applicationName: `${name}-test`,
  });
  await source.initialize();
  await source.runMigrations();
  return { database, source };
}

import { createDataSource } from '@salesgraph/service-kit';
import { createTestDatabase, type TestDatabase } from '@salesgraph/testing';
import type { DataSource } from 'typeorm';
import type { leadMigrations } from '../../../src/data-source';

/**
 * A scratch database for a migration's test, created before its tests and dropped after them:
 * `openWith` runs the given migrations (those not applied yet) and answers a data source on it.
 */
export function migratedDatabase(label: string) {
  let database: TestDatabase;
  const sources: DataSource[] = [];
  beforeAll(async () => {
    database = await createTestDatabase(label);
  });
  afterAll(async () => {
    for (const source of sources) await source.destroy().catch(() => undefined);
    await database?.drop();
  });
  return {
    async openWith(migrations: typeof leadMigrations): Promise<DataSource> {
      const source = createDataSource({
        url: database.url,
        entities: [],
        migrations,
        applicationName: `${label}-test`,
      });
      sources.push(source);
      await source.initialize();
      await source.runMigrations({ transaction: 'each' });
      return source;
    },
  };
}

import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import { messagingEntities, messagingMigrations } from '@salesgraph/messaging';
import { ProjectionRebuild1767000000000 } from '../migrations/1767000000000-projection-rebuild';
import { PrivacyRequests1767100000000 } from '../migrations/1767100000000-privacy-requests';
import { ProjectionRebuild } from '../replay/projection-rebuild.entity';
import { StatementCountingLogger } from '../observability/sql-statement-count';
import { PreparingClient } from './preparing-client';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Constructor = Function;

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  entities: Constructor[];
  migrations: Constructor[];
  applicationName: string;
}

/**
 * A PostgreSQL data source for one service. The schema is owned by
 * migrations, never by `synchronize`; the outbox and inbox tables of the
 * messaging package, and the replay's record of its runs, are part of every
 * service database.
 */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    applicationName: options.applicationName,
    synchronize: false,
    migrationsRun: false,
    migrationsTableName: 'typeorm_migrations',
    namingStrategy: new SnakeNamingStrategy(),
    entities: [...messagingEntities, ProjectionRebuild, ...options.entities] as MixedList<
      Constructor | EntitySchema
    >,
    migrations: [
      ...messagingMigrations,
      ...options.migrations,
      ProjectionRebuild1767000000000,
      PrivacyRequests1767100000000,
    ] as MixedList<Constructor>,
    // Repeated reads as prepared statements, planned once per connection (preparing-client.ts).
    extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: 5_000, Client: PreparingClient },
    // Counts each statement into the GraphQL request that issued it (salesgraph_graphql_sql_statements).
    logger: new StatementCountingLogger(['error']),
  });
}

/**
 * Applies pending migrations, each in its own transaction, under a
 * session advisory lock: replicas that start together take turns, and the
 * second finds nothing left to apply instead of racing the first.
 */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [MIGRATION_LOCK]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [MIGRATION_LOCK]);
    }
  } finally {
    await runner.release();
  }
}

const MIGRATION_LOCK = 'salesgraph:migrations';

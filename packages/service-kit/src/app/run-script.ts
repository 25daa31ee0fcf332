import { createLogger } from '../logging/create-logger';
import { migrate } from '../database/create-data-source';
import { createServiceDeps } from './service-deps';
import type { ServiceDeps, SubgraphServiceSpec } from './service-spec';
import type { ServiceEnv } from '../config/service-env';

/**
 * Runs a script of a service (the seed, a replay) against its database
 * without a server: the same deps the running service has, migrations
 * applied when the service would apply them, the connection closed after.
 * What the script writes to the outbox, the running service's relay
 * publishes.
 */
export async function runServiceScript<TConfig extends ServiceEnv & { PORT: number }, T>(
  spec: SubgraphServiceSpec<TConfig>,
  scriptName: string,
  work: (deps: ServiceDeps<TConfig>) => Promise<T>,
): Promise<T> {
  const logger = createLogger(`${spec.name}-${scriptName}`, spec.config.LOG_LEVEL);
  const deps = createServiceDeps(spec, logger);
  await deps.dataSource.initialize();
  try {
    if (spec.config.DATABASE_MIGRATE_ON_START) await migrate(deps.dataSource);
    return await work(deps);
  } finally {
    await deps.dataSource.destroy();
  }
}

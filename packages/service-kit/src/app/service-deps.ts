import { Outbox } from '@salesgraph/messaging';
import type { Logger } from 'pino';
import { processNameOf, type ServiceEnv } from '../config/service-env';
import { createDataSource } from '../database/create-data-source';
import { systemClock } from '../domain/clock';
import type { ServiceDeps, SubgraphServiceSpec } from './service-spec';

/** The offline part of a service: config, logger, an unconnected data source and the outbox writer. */
export function createServiceDeps<TConfig extends ServiceEnv & { PORT: number }>(
  spec: SubgraphServiceSpec<TConfig>,
  logger: Logger,
): ServiceDeps<TConfig> {
  const dataSource = createDataSource({
    url: spec.config.DATABASE_URL,
    poolSize: spec.config.DATABASE_POOL_SIZE,
    entities: spec.entities,
    migrations: spec.migrations,
    applicationName: processNameOf(spec.name, spec.config),
  });
  return {
    config: spec.config,
    logger,
    dataSource,
    outbox: new Outbox(`salesgraph/${spec.name}`),
    clock: spec.clock ?? systemClock,
  };
}

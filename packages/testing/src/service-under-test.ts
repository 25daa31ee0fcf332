import type { RunningService, ServiceEnv, SubgraphServiceSpec } from '@salesgraph/service-kit';
import { startSubgraphService } from '@salesgraph/service-kit';
import pino from 'pino';
import { subgraphClient } from './graphql-client';
import { testTopicPrefix } from './kafka-test-client';
import { serviceTestEnv } from './service-test-env';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface ServiceUnderTest<TConfig extends ServiceEnv> {
  service: RunningService<TConfig>;
  database: TestDatabase;
  topicPrefix: string;
  /** GraphQL client that calls the service as the gateway would. */
  query: ReturnType<typeof subgraphClient>;
  stop(): Promise<void>;
}

/**
 * Starts a real service in-process on a free port, with its own database on
 * the real PostgreSQL server and its own topic prefix on the real broker.
 * Pass `topicPrefix` to let several services of one test talk to each other.
 */
export async function startServiceUnderTest<
  TConfig extends ServiceEnv & { PORT: number },
>(options: {
  label: string;
  loadConfig: (env: NodeJS.ProcessEnv) => TConfig;
  definition: (config: TConfig) => SubgraphServiceSpec<TConfig>;
  topicPrefix?: string;
  env?: Record<string, string>;
}): Promise<ServiceUnderTest<TConfig>> {
  const database = await createTestDatabase(options.label);
  const topicPrefix = options.topicPrefix ?? testTopicPrefix(options.label);
  const env = await serviceTestEnv({ databaseUrl: database.url, topicPrefix, extra: options.env });
  const config = options.loadConfig(env);
  const logger = pino({
    level: process.env.TEST_LOG_LEVEL ?? 'silent',
    base: { service: options.label },
  });
  let service: RunningService<TConfig>;
  const definition = options.definition(config);
  try {
    service = await startSubgraphService(definition, { logger });
  } catch (error) {
    await database.drop().catch(() => undefined);
    throw error;
  }
  return {
    service,
    database,
    topicPrefix,
    query: subgraphClient(service.url, definition.name),
    async stop() {
      await service.stop();
      await database.drop().catch(() => undefined);
    },
  };
}

import type { RunningService, ServiceEnv, SubgraphServiceSpec } from '@salesgraph/service-kit';
import { startSubgraphService } from '@salesgraph/service-kit';
import pino from 'pino';
import { subgraphClient } from './graphql-client';
import { testTopicPrefix } from './kafka-test-client';
import { serviceTestEnv } from './service-test-env';
import { createTestDatabase, type TestDatabase } from './test-database';
import { waitFor, type WaitOptions } from './wait-for';

export interface ServiceUnderTest<TConfig extends ServiceEnv> {
  service: RunningService<TConfig>;
  database: TestDatabase;
  topicPrefix: string;
  /** GraphQL client that calls the service as the gateway would. */
  query: ReturnType<typeof subgraphClient>;
  /**
   * Events `consumer` (a group, as in its subscriber) has handled: its inbox
   * rows, each written in the handler's transaction with what it changed.
   */
  handled(consumer: string): Promise<number>;
  /**
   * Waits until event `eventId` has been handled, by `consumer` when named:
   * what its handler wrote, or did not write, can be read after.
   */
  eventHandled(eventId: string, consumer?: string, options?: WaitOptions): Promise<void>;
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
    async handled(consumer) {
      const [{ n }] = await service.deps.dataSource.query(
        'SELECT count(*)::int AS n FROM inbox_message WHERE consumer = $1',
        [consumer],
      );
      return n;
    },
    async eventHandled(eventId, consumer, waitOptions) {
      await waitFor(
        async () =>
          (
            await service.deps.dataSource.query(
              'SELECT 1 FROM inbox_message WHERE event_id = $1 AND consumer LIKE $2',
              [eventId, consumer ?? '%'],
            )
          ).length > 0,
        { what: `event ${eventId} handled${consumer ? ` by ${consumer}` : ''}`, ...waitOptions },
      );
    },
    async stop() {
      await service.stop();
      await database.drop().catch(() => undefined);
    },
  };
}

import { testInfrastructure } from './test-env';
import { testInternalKeys } from './test-keys';

/**
 * Environment variables for starting a service in a test: its own database,
 * its own topic prefix, a free port and the test gateway key.
 */
export async function serviceTestEnv(options: {
  databaseUrl: string;
  topicPrefix: string;
  port?: number;
  extra?: Record<string, string>;
}) {
  const { kafkaBrokers } = testInfrastructure();
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    HOST: '127.0.0.1',
    PORT: String(options.port ?? 0),
    DATABASE_URL: options.databaseUrl,
    DATABASE_POOL_SIZE: '5',
    KAFKA_BROKERS: kafkaBrokers.join(','),
    KAFKA_TOPIC_PREFIX: options.topicPrefix,
    KAFKA_TOPIC_PARTITIONS: '3',
    OUTBOX_POLL_INTERVAL_MS: '50',
    INTERNAL_TOKEN_PUBLIC_JWK: JSON.stringify((await testInternalKeys()).publicJwk),
    ...options.extra,
  } as Record<string, string>;
}

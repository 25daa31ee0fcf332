import { observabilityEnvShape } from '@salesgraph/observability';
import { z } from 'zod';
import { booleanEnv, jsonEnv } from './load-config';

const Jwk = z.looseObject({
  kty: z.string(),
  crv: z.string().optional(),
  x: z.string().optional(),
});

/** What every process of the platform reads: mode, listening address, log level. */
export const processEnvShape = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** METRICS_PORT, METRICS_HOST and OpenTelemetry's OTEL_* variables: see @salesgraph/observability. */
  ...observabilityEnvShape,
};

/** KAFKA_CONSUMER_PARTITIONS_IN_PARALLEL's values, for a service that gives it a default of its own. */
export const partitionsInParallelEnv = z.coerce.number().int().min(1).max(64);

/**
 * KAFKA_CONSUMER_MIN_FETCH_INTERVAL_MS's values, for a service that gives it a
 * default of its own: up to a second, which is how much later a message may
 * be handled.
 */
export const minFetchIntervalEnv = z.coerce.number().int().min(0).max(1_000);

/**
 * The fetch interval of a service whose consumers keep projections and
 * reactions nobody waits on to the tenth of a second (a converted lead's
 * account, an attainment, a notification): 100 ms. While lead events stream
 * in, each of their consumers then wakes ten times a second, not for every
 * commit upstream (30 times a second at 1,000 leads/s): the CPU it saved is
 * the lead intake's (issue 17). A quiet service still handles an event at once.
 */
export const downstreamFetchIntervalEnv = minFetchIntervalEnv.default(100);

/** Where Kafka is, and the topic prefix (empty in production; tests isolate themselves with it). */
export const kafkaEnvShape = {
  KAFKA_BROKERS: z
    .string()
    .min(1)
    .transform((s) =>
      s
        .split(',')
        .map((b) => b.trim())
        .filter(Boolean),
    ),
  KAFKA_TOPIC_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9._-]*$/)
    .default(''),
  /**
   * Consumer timing (unset: the messaging package's defaults, 2 s wait, 2 s
   * heartbeat, 6 s session; see docs/operations.md, "Cost at rest"): a longer
   * wait makes an idle consumer cheaper and rebalances slower to notice.
   */
  KAFKA_CONSUMER_MAX_WAIT_MS: z.coerce.number().int().min(100).max(30_000).optional(),
  KAFKA_CONSUMER_HEARTBEAT_MS: z.coerce.number().int().min(100).max(30_000).optional(),
  KAFKA_CONSUMER_SESSION_TIMEOUT_MS: z.coerce.number().int().min(6_000).max(300_000).optional(),
  /**
   * How many partitions' batches the service's consumer handles at once
   * (unset: one at a time). A service whose handlers bear a second instance
   * beside them may set its own default (lead: see its config).
   */
  KAFKA_CONSUMER_PARTITIONS_IN_PARALLEL: partitionsInParallelEnv.optional(),
  /**
   * While events keep coming, the service's fetches at least this many
   * milliseconds apart (unset: 0, each fetch as soon as the last is handled):
   * fewer, larger batches for the machine's CPU, each event later by up to
   * this much. A service whose consumers nobody waits on may set its own
   * default (account, planning, notification, order: see their configs).
   */
  KAFKA_CONSUMER_MIN_FETCH_INTERVAL_MS: minFetchIntervalEnv.optional(),
};

/** The consumer settings of `kafkaEnvShape`, as createKafkaBroker's options. */
export function kafkaConsumerTuning(config: {
  KAFKA_CONSUMER_MAX_WAIT_MS?: number;
  KAFKA_CONSUMER_HEARTBEAT_MS?: number;
  KAFKA_CONSUMER_SESSION_TIMEOUT_MS?: number;
  KAFKA_CONSUMER_PARTITIONS_IN_PARALLEL?: number;
  KAFKA_CONSUMER_MIN_FETCH_INTERVAL_MS?: number;
}) {
  return {
    consumerMaxWaitMs: config.KAFKA_CONSUMER_MAX_WAIT_MS,
    consumerHeartbeatIntervalMs: config.KAFKA_CONSUMER_HEARTBEAT_MS,
    consumerSessionTimeoutMs: config.KAFKA_CONSUMER_SESSION_TIMEOUT_MS,
    consumerPartitionsInParallel: config.KAFKA_CONSUMER_PARTITIONS_IN_PARALLEL,
    consumerMinFetchIntervalMs: config.KAFKA_CONSUMER_MIN_FETCH_INTERVAL_MS,
  };
}

const JwkSet = z.object({ keys: z.array(z.looseObject({ kty: z.string() })).min(1) });

/**
 * How a process that front ends call directly (the gateway, order-admin)
 * verifies their tokens: the identity provider's issuer, this API's audience,
 * the algorithm allowlist and the keys (a JWKS URL or an inline JWK Set, one of
 * them: see `oneClientKeySource`). No defaults for any of them but the list.
 */
export const clientAuthEnvShape = {
  AUTH_ISSUER: z.string().min(1),
  AUTH_AUDIENCE: z.string().min(1),
  AUTH_ALGORITHMS: z
    .string()
    .default('ES256,RS256')
    .transform((s) =>
      s
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean),
    ),
  AUTH_JWKS_URL: z.url().optional(),
  AUTH_JWKS: jsonEnv(JwkSet).optional(),
};

/** The refinement that goes with `clientAuthEnvShape`: exactly one source of keys. */
export const oneClientKeySource: [
  (c: { AUTH_JWKS_URL?: string; AUTH_JWKS?: unknown }) => boolean,
  { message: string; path: string[] },
] = [
  (c) => Boolean(c.AUTH_JWKS_URL) !== Boolean(c.AUTH_JWKS),
  { message: 'set exactly one of AUTH_JWKS_URL and AUTH_JWKS', path: ['AUTH_JWKS_URL'] },
];

/**
 * What every subgraph service is configured with. Secrets (the database URL
 * with its password, the gateway's verification key) have no defaults: a
 * process without them does not start.
 */
export const serviceEnvShape = {
  ...processEnvShape,
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  DATABASE_MIGRATE_ON_START: booleanEnv(true),
  /** Without migrating on start: how long to wait for a migration job to bring the schema up to date. */
  DATABASE_MIGRATION_WAIT_MS: z.coerce.number().int().min(0).default(300_000),
  ...kafkaEnvShape,
  KAFKA_TOPIC_PARTITIONS: z.coerce.number().int().min(1).default(3),
  KAFKA_REPLICATION_FACTOR: z.coerce.number().int().min(1).default(1),
  /** The relay's safety poll: commits wake it (LISTEN/NOTIFY), this bounds the wait if one is missed. */
  OUTBOX_POLL_INTERVAL_MS: z.coerce.number().int().min(10).default(5_000),
  /**
   * Names this replica where operators look: PostgreSQL's application_name
   * (which replica holds the relay's lock) and the Kafka client id (which
   * member of a consumer group it is). Optional; replicas stay anonymous without it.
   */
  SERVICE_INSTANCE_ID: z
    .string()
    .regex(/^[a-zA-Z0-9._-]{1,40}$/, '1 to 40 letters, digits, dots, dashes or underscores')
    .optional(),
  /** Public Ed25519 JWK of the gateway: the only credential subgraphs accept. */
  INTERNAL_TOKEN_PUBLIC_JWK: jsonEnv(Jwk),
};

export const ServiceEnv = z.object(serviceEnvShape);
export type ServiceEnv = z.infer<typeof ServiceEnv>;

/** How a process of `service` names itself to PostgreSQL and Kafka: the service, and the replica when it is named. */
export function processNameOf(service: string, config: { SERVICE_INSTANCE_ID?: string }): string {
  return config.SERVICE_INSTANCE_ID
    ? `salesgraph-${service}:${config.SERVICE_INSTANCE_ID}`
    : `salesgraph-${service}`;
}

/** The port variable has a per-service default so that four services can run side by side. */
export function portEnv(defaultPort: number) {
  return z.coerce.number().int().min(0).max(65535).default(defaultPort);
}

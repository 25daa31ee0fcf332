import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import {
  createInternalTokenVerifier,
  hasRole,
  INTERNAL_TOKEN_HEADER,
  type AuthenticationError,
} from '@salesgraph/identity';
import {
  createKafkaBroker,
  EventSubscriber,
  OutboxRelay,
  SharedConsumer,
  sharedGroupOf,
  SubjectKeyListener,
  SUBJECT_KEYS_TOPIC,
  TopicNamespace,
} from '@salesgraph/messaging';
import type { Logger } from 'pino';
import { kafkaConsumerTuning, processNameOf, type ServiceEnv } from '../config/service-env';
import { awaitMigrations } from '../database/await-migrations';
import { migrate } from '../database/create-data-source';
import { createErrorFormatter } from '../graphql/format-error';
import { createGraphQLContext, type GraphQLContext } from '../graphql/graphql-context';
import { graphqlHttpHandler, HttpError } from '../http/graphql-http-handler';
import { startHttpServer } from '../http/http-server';
import { cachedTokenVerifier } from '../http/verified-token-cache';
import { createLogger } from '../logging/create-logger';
import { StopSteps } from '../lifecycle/shutdown';
import { graphqlObservabilityPlugin, startTracing } from '@salesgraph/observability';
import { createProcessMetrics, observeService } from '../observability/observe-service';
import { statementsInRequest } from '../observability/sql-statement-count';
import { createServiceDeps } from './service-deps';
import type { RunningService, RuntimeDeps, SubgraphServiceSpec } from './service-spec';

/**
 * Starts one subgraph service: data source and migrations, Kafka, outbox
 * relay, consumers, schema, HTTP server and jobs, in that order. `stop()`
 * undoes them in reverse: no new requests first, then the consumers, then the
 * relay (which publishes what they wrote). Used by every service's main.ts and
 * by tests, which start real services in-process.
 */
export async function startSubgraphService<TConfig extends ServiceEnv & { PORT: number }>(
  spec: SubgraphServiceSpec<TConfig>,
  options: { logger?: Logger } = {},
): Promise<RunningService<TConfig>> {
  const { config } = spec;
  const logger = options.logger ?? createLogger(spec.name, config.LOG_LEVEL);
  const steps = new StopSteps(logger);
  try {
    // Tracing first (its last spans are exported as the very last stop step), metrics beside it.
    const tracing = startTracing(spec.name, config);
    steps.add('tracing', () => tracing.shutdown());
    const metrics = createProcessMetrics(spec.name, logger, config);
    const deps = createServiceDeps(spec, logger);
    const { dataSource } = deps;

    await dataSource.initialize().catch((error: Error) => {
      throw new Error(
        `cannot connect to PostgreSQL (DATABASE_URL): ${error.message}. Is the database running? (npm run infra:up)`,
      );
    });
    steps.add('database', () => dataSource.destroy());
    if (config.DATABASE_MIGRATE_ON_START) {
      const applied = await migrate(dataSource);
      if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
    } else {
      await awaitMigrations(dataSource, config.DATABASE_MIGRATION_WAIT_MS, () =>
        logger.info('waiting for the migration job to apply pending migrations'),
      );
    }

    const namespace = new TopicNamespace(config.KAFKA_TOPIC_PREFIX);
    const broker = createKafkaBroker({
      clientId: processNameOf(spec.name, config),
      brokers: config.KAFKA_BROKERS,
      logger,
      defaultPartitions: config.KAFKA_TOPIC_PARTITIONS,
      defaultReplicationFactor: config.KAFKA_REPLICATION_FACTOR,
      ...kafkaConsumerTuning(config),
    });
    steps.add('kafka', () => broker.disconnect());
    const producer = broker.producer();
    const runtime: RuntimeDeps<TConfig> = { ...deps, broker, producer, namespace };
    const subscriberSpecs = spec.subscribers?.(runtime) ?? [];
    /** What the service's consumers read (contract names), each topic once. */
    const consumedTopics = [...new Set(subscriberSpecs.flatMap((s) => s.topics))];
    const topics = new Set<string>([spec.ownTopic, ...consumedTopics]);
    // The consumers' dead-letter topics too, in one go: consumers start side by side below.
    const deadLetterTopics = consumedTopics.map((t) => namespace.deadLetter(t));
    await broker
      .ensureTopics([
        ...[...topics].map((t) => ({ topic: namespace.resolve(t) })),
        ...deadLetterTopics.map((topic) => ({ topic })),
        { topic: namespace.resolve(SUBJECT_KEYS_TOPIC), compacted: true },
      ])
      .catch((error: Error) => {
        throw new Error(
          `cannot reach Kafka (KAFKA_BROKERS=${config.KAFKA_BROKERS.join(',')}): ${error.message}`,
        );
      });
    await producer.connect();

    const subscribers: EventSubscriber[] = [];
    // The relay and the consumers before the schema: building it takes seconds of CPU, and after a
    // crash events should flow again as soon as Kafka is reached, not once the graph answers.
    const relay = new OutboxRelay({
      dataSource,
      // Its own producer: after a refused row the relay starts a new producer session,
      // which must not disturb the dead-letter sends of the consumers.
      producer: broker.producer(),
      namespace,
      logger,
      lockName: spec.name,
      pollIntervalMs: config.OUTBOX_POLL_INTERVAL_MS,
      observer: metrics.messaging.observer(),
    });
    relay.start();
    steps.add('outbox relay', () => relay.stop());

    // Every person's key, so that consumers open the personal fields of other services' events
    // (docs/privacy.md). A service none of whose handlers reads such a field (planning, order) has
    // nothing to open or erase: the keys of its own people it issues itself. Learning every key cost
    // each of them a transaction's share and a row per new person of the platform (issue 17).
    const readsPersonalData = subscriberSpecs.some((s) =>
      s.handlers.some((h) => h.definition.personalFields.length > 0),
    );
    const subjectKeyListener = readsPersonalData
      ? new SubjectKeyListener({ serviceName: spec.name, broker, dataSource, namespace, logger })
      : undefined;
    // Consumers stop together: each waits for its fetch in flight, and one after another adds up.
    steps.add('consumers', () =>
      Promise.all([...subscribers.map((s) => s.stop()), subjectKeyListener?.stop()]),
    );
    // One Kafka consumer for all the subscribers, each a lane of it (see shared-consumer.ts);
    // the key listener keeps its own: the lanes wait on the keys it stores.
    const shared = subscriberSpecs.length
      ? new SharedConsumer({
          consumer: broker.consumer(namespace.resolve(sharedGroupOf(spec.name))),
          broker,
          lanes: subscriberSpecs.length,
          logger,
        })
      : undefined;
    for (const subscriberSpec of subscriberSpecs)
      subscribers.push(
        new EventSubscriber({
          ...subscriberSpec,
          consumer: shared?.lane(namespace.resolve(subscriberSpec.groupId)),
          broker,
          dataSource,
          namespace,
          deadLetterProducer: producer,
          logger,
          serviceName: spec.name,
          observer: metrics.messaging.observer(),
        }),
      );
    // Side by side: each start waits until its group is joined, and joins one after another
    // added up to many seconds on a busy machine - after a crash, the partitions of the last
    // group to join waited for all the others.
    await Promise.all([
      subjectKeyListener?.start(),
      ...subscribers.map((subscriber) => subscriber.start()),
    ]);

    const schema = await spec.buildSchema(deps);
    // Verified once per token, not once per request: see verified-token-cache.ts.
    const verifyInternalToken = cachedTokenVerifier(
      await createInternalTokenVerifier(config.INTERNAL_TOKEN_PUBLIC_JWK, spec.name),
    );
    const apollo = new ApolloServer<GraphQLContext>({
      schema,
      formatError: createErrorFormatter(logger),
      includeStacktraceInErrorResponses: false,
      // Stopped by our shutdown after the HTTP server, not at once by Apollo's own signal handler.
      stopOnTerminationSignals: false,
      // Subgraphs answer the gateway only; the gateway bounds what clients may ask.
      introspection: true,
      plugins: [
        ApolloServerPluginLandingPageDisabled(),
        // No field sets a cache hint and nobody caches a subgraph's answer; left on, Apollo's
        // default cache-control plugin wraps every resolver of every request to compute a policy.
        ApolloServerPluginCacheControlDisabled(),
        graphqlObservabilityPlugin(metrics.graphql, { sqlStatements: statementsInRequest }),
      ],
      logger,
    });
    await apollo.start();
    steps.add('graphql', () => apollo.stop());

    const http = await startHttpServer({
      host: config.HOST,
      port: config.PORT,
      logger,
      readiness: {
        database: async () => void (await dataSource.query('SELECT 1')),
        kafka: () => broker.ping(),
        // A consumer that crashed or stopped leaves its events unread: not ready, and why.
        consumers: async () => {
          if (subscribers.length < subscriberSpecs.length)
            throw new Error(`${subscribers.length} of ${subscriberSpecs.length} consumers started`);
          const failing = subscribers
            .map((s) => ({ group: s.groupId, health: s.health() }))
            .filter((s) => !s.health.ok)
            .map((s) => `${s.group}: ${s.health.reason}`);
          if (failing.length) throw new Error(failing.join('; '));
        },
      },
      // Which dependency is down, and why, is for operators: on this machine, or an ADMIN through the gateway's credential.
      readinessDetailsFor: async (request) => {
        const token = request.headers[INTERNAL_TOKEN_HEADER];
        return (
          typeof token === 'string' && hasRole((await verifyInternalToken(token)).user, 'ADMIN')
        );
      },
      graphql: graphqlHttpHandler({
        apollo,
        context: async (request, correlationId) => {
          // Every request, `_service` and `_entities` included, needs the gateway's credential.
          const token = request.headers[INTERNAL_TOKEN_HEADER];
          if (typeof token !== 'string' || token.length === 0) {
            throw new HttpError(
              401,
              'UNAUTHENTICATED',
              'This subgraph answers the SalesGraph gateway only.',
            );
          }
          try {
            const identity = await verifyInternalToken(token);
            // The gateway reuses a token for many requests and sends each one's id in
            // `x-correlation-id`; a token signed with an id of its own (a direct caller) keeps it.
            return createGraphQLContext(
              identity.user,
              identity.correlationId ?? correlationId,
              logger,
              deps.clock,
            );
          } catch (error) {
            logger.warn(
              { reason: (error as AuthenticationError).detail ?? String(error) },
              'internal token refused',
            );
            throw new HttpError(
              401,
              'UNAUTHENTICATED',
              'The gateway credential is missing, invalid or expired.',
            );
          }
        },
      }),
    });
    steps.add('http', () => http.close());

    for (const job of spec.jobs?.(runtime) ?? []) {
      job.start();
      steps.add(`job ${job.name}`, () => job.stop());
    }

    const { metricsUrl } = await observeService({
      config,
      metrics,
      logger,
      dataSource,
      broker,
      namespace,
      consumers: subscriberSpecs.length
        ? [{ groupId: sharedGroupOf(spec.name), topics: consumedTopics }]
        : [],
      steps,
    });

    logger.info({ url: `${http.url}/graphql` }, `${spec.name} service ready`);
    return {
      name: spec.name,
      url: http.url,
      port: http.port,
      metrics,
      metricsUrl,
      deps: runtime,
      relay,
      subscribers,
      stop: () => steps.run(),
    };
  } catch (error) {
    await steps.run();
    throw error;
  }
}

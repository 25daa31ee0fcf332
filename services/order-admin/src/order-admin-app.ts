import { Topics } from '@salesgraph/events';
import { createKafkaBroker, createKafkaTopicAdmin, TopicNamespace } from '@salesgraph/messaging';
import { createClientTokenVerifier } from '@salesgraph/identity';
import { startTracing } from '@salesgraph/observability';
import {
  authenticateClient,
  createLogger,
  createProcessMetrics,
  kafkaConsumerTuning,
  serveMetrics,
  StopSteps,
  systemClock,
  type Clock,
  type Logger,
} from '@salesgraph/service-kit';
import type { OrderAdminConfig } from './config';
import { OrderAdminQueue } from './order-admin-queue';
import { OrderEventConsumer } from './order-event-consumer';
import { startQueueHttpServer } from './queue-http-server';

export interface OrderAdminApp {
  url: string;
  /** GET /metrics, when METRICS_PORT is set. */
  metricsUrl?: string;
  queue: OrderAdminQueue;
  consumer: OrderEventConsumer;
  logger: Logger;
  stop(): Promise<void>;
}

/**
 * The sales-coordination team's order queue: Kafka -> queue -> HTTP, stopped
 * in reverse. main.ts runs it as a process; tests run it in-process.
 */
export async function startOrderAdminApp(
  config: OrderAdminConfig,
  options: { logger?: Logger; clock?: Clock } = {},
): Promise<OrderAdminApp> {
  const logger = options.logger ?? createLogger('order-admin', config.LOG_LEVEL);
  const clock = options.clock ?? systemClock;
  const steps = new StopSteps(logger);
  try {
    const tracing = startTracing('order-admin', config);
    steps.add('tracing', () => tracing.shutdown());
    const metrics = createProcessMetrics('order-admin', logger, config);
    const broker = createKafkaBroker({
      clientId: 'salesgraph-order-admin',
      brokers: config.KAFKA_BROKERS,
      logger,
      ...kafkaConsumerTuning(config),
    });
    steps.add('kafka', () => broker.disconnect());
    const admin = createKafkaTopicAdmin({
      clientId: 'salesgraph-order-admin',
      brokers: config.KAFKA_BROKERS,
      logger,
    });
    steps.add('kafka admin', () => admin.disconnect());
    const producer = broker.producer();
    const namespace = new TopicNamespace(config.KAFKA_TOPIC_PREFIX);
    const queue = new OrderAdminQueue();
    const consumer = new OrderEventConsumer({
      broker,
      deadLetterProducer: producer,
      namespace,
      admin,
      groupId: `${config.ORDER_ADMIN_GROUP_PREFIX}.${config.ORDER_ADMIN_INSTANCE_ID}`,
      queue,
      logger,
      observer: metrics.messaging.observer(),
    });
    metrics.state.watchConsumerLag(() =>
      broker.consumerLag!(consumer.groupId, [namespace.resolve(Topics.order)]),
    );
    metrics.state.watchDeadLetterTopics(() =>
      broker.messageCounts!([namespace.deadLetter(Topics.order)]),
    );
    await consumer.start();
    steps.add('consumer', () => consumer.stop());

    const verifyClientToken = createClientTokenVerifier({
      jwksUrl: config.AUTH_JWKS_URL,
      jwks: config.AUTH_JWKS as never,
      algorithms: config.AUTH_ALGORITHMS,
      issuer: config.AUTH_ISSUER,
      audience: config.AUTH_AUDIENCE,
    });
    const http = await startQueueHttpServer({
      authenticate: (request) => authenticateClient(request, verifyClientToken, logger),
      queueRoles: config.ORDER_ADMIN_ROLES,
      host: config.HOST,
      port: config.PORT,
      queue,
      clock,
      logger,
      readiness: {
        consumer: async () => {
          if (!consumer.isRunning) throw new Error('the consumer is not running');
        },
        kafka: () => broker.ping(),
      },
    });
    steps.add('http', () => http.close());

    if (config.ORDER_ADMIN_SUMMARY_INTERVAL_MS > 0) {
      const timer = setInterval(
        () => logger.info(queue.summary(clock.now()), 'order queue'),
        config.ORDER_ADMIN_SUMMARY_INTERVAL_MS,
      );
      timer.unref();
      steps.add('summary', async () => clearInterval(timer));
    }
    const { metricsUrl } = await serveMetrics({ config, metrics, logger, steps });
    return { url: http.url, metricsUrl, queue, consumer, logger, stop: () => steps.run() };
  } catch (error) {
    await steps.run();
    throw error;
  }
}

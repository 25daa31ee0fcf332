import { outboxBacklog, type MessageBroker, type TopicNamespace } from '@salesgraph/messaging';
import { PlatformMetrics, startMetricsServer } from '@salesgraph/observability';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { ServiceEnv } from '../config/service-env';
import type { StopSteps } from '../lifecycle/shutdown';
import { databasePoolState } from './database-pool';

/** The metrics of a process, before anything else starts: its instruments go to the server and the messaging. */
export function createProcessMetrics(
  name: string,
  logger: Logger,
  config: { METRICS_EVENT_LOOP_RESOLUTION_MS?: number } = {},
): PlatformMetrics {
  return new PlatformMetrics(name, {
    eventLoopResolutionMs: config.METRICS_EVENT_LOOP_RESOLUTION_MS,
    onProbeError: (probe, error) =>
      logger.warn({ probe, err: error }, 'metrics: a reading failed; its series are left out'),
  });
}

/**
 * Watches what a subgraph service keeps (its outbox, its pool, its consumer
 * groups' lag and their dead-letter topics) and serves the metrics on
 * METRICS_PORT when set.
 */
export async function observeService(o: {
  config: ServiceEnv & { HOST: string };
  metrics: PlatformMetrics;
  logger: Logger;
  dataSource: DataSource;
  broker: MessageBroker;
  namespace: TopicNamespace;
  /** The service's consumer groups and what each reads (contract names). */
  consumers: Array<{ groupId: string; topics: string[] }>;
  steps: StopSteps;
}): Promise<{ metricsUrl?: string }> {
  const { metrics, broker, namespace } = o;
  metrics.state.watchOutbox(() => outboxBacklog(o.dataSource));
  metrics.state.watchDatabasePool(() => databasePoolState(o.dataSource));
  if (broker.consumerLag) {
    const lagOf = broker.consumerLag.bind(broker);
    metrics.state.watchConsumerLag(async () =>
      (
        await Promise.all(
          o.consumers.map((c) =>
            lagOf(
              namespace.resolve(c.groupId),
              c.topics.map((t) => namespace.resolve(t)),
            ),
          ),
        )
      ).flat(),
    );
  }
  const consumed = [...new Set(o.consumers.flatMap((c) => c.topics))];
  if (broker.messageCounts && consumed.length) {
    const countsOf = broker.messageCounts.bind(broker);
    metrics.state.watchDeadLetterTopics(() =>
      countsOf(consumed.map((t) => namespace.deadLetter(t))),
    );
  }
  return serveMetrics(o);
}

/** Serves /metrics on its own port when METRICS_PORT is set; stops with the process. */
export async function serveMetrics(o: {
  config: { HOST: string; METRICS_PORT?: number; METRICS_HOST?: string };
  metrics: PlatformMetrics;
  logger: Logger;
  steps: StopSteps;
}): Promise<{ metricsUrl?: string }> {
  if (o.config.METRICS_PORT === undefined) return {};
  const server = await startMetricsServer({
    host: o.config.METRICS_HOST ?? o.config.HOST,
    port: o.config.METRICS_PORT,
    metrics: o.metrics,
    onError: (error) => o.logger.error({ err: error }, 'metrics: scrape failed'),
  });
  o.steps.add('metrics', () => server.close());
  o.logger.info({ url: server.url }, 'metrics served');
  return { metricsUrl: server.url };
}

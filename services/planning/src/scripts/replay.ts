/*
 * Rebuilds planning's projections (attainment, pipeline, account directory)
 * from the beginning of their topics: `npm run replay -w @salesgraph/planning`.
 * Safe while the service runs; see services/planning/README.md.
 */
import 'reflect-metadata';
import { createKafkaBroker, createKafkaTopicAdmin, TopicNamespace } from '@salesgraph/messaging';
import { createLogger, createServiceDeps, runMain } from '@salesgraph/service-kit';
import { loadPlanningConfig } from '../config';
import { ProjectionReplay } from '../modules/replay/projection-replay';
import { projectionSubscribers, projectionTables } from '../projections';
import { planningServiceDefinition } from '../service-definition';

runMain(async () => {
  const config = loadPlanningConfig();
  const logger = createLogger('planning-replay', config.LOG_LEVEL);
  const deps = createServiceDeps(planningServiceDefinition(config), logger);
  const broker = createKafkaBroker({
    clientId: 'salesgraph-planning-replay',
    brokers: config.KAFKA_BROKERS,
    logger,
  });
  const admin = createKafkaTopicAdmin({
    clientId: 'salesgraph-planning-replay',
    brokers: config.KAFKA_BROKERS,
    logger,
  });
  await deps.dataSource.initialize();
  try {
    const result = await new ProjectionReplay({
      dataSource: deps.dataSource,
      broker,
      admin,
      namespace: new TopicNamespace(config.KAFKA_TOPIC_PREFIX),
      logger,
      subscribers: projectionSubscribers(),
      tables: projectionTables,
    }).run();
    logger.info(result, 'projections rebuilt from the beginning of their topics');
  } finally {
    await broker.disconnect();
    await admin.disconnect();
    await deps.dataSource.destroy();
  }
});

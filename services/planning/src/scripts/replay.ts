/*
 * Rebuilds planning's projections (attainment, pipeline, account directory)
 * from the beginning of their topics: `npm run replay -w @salesgraph/planning`.
 * Safe while the service runs; see services/planning/README.md.
 */
import 'reflect-metadata';
import { createKafkaBroker, createKafkaTopicAdmin, TopicNamespace } from '@salesgraph/messaging';
import { runMain, runServiceScript } from '@salesgraph/service-kit';
import { loadPlanningConfig } from '../config';
import { projectionSubscribers, projectionTables } from '../modules/replay/projection-subscribers';
import { ProjectionReplay } from '../modules/replay/projection-replay';
import { planningService } from '../service-definition';

runMain(() =>
  runServiceScript(planningService(loadPlanningConfig()), 'replay', async (deps) => {
    const { config, logger } = deps;
    const client = {
      clientId: 'salesgraph-planning-replay',
      brokers: config.KAFKA_BROKERS,
      logger,
    };
    const broker = createKafkaBroker(client);
    const admin = createKafkaTopicAdmin(client);
    try {
      const result = await new ProjectionReplay({
        dataSource: deps.dataSource,
        broker,
        admin,
        namespace: new TopicNamespace(config.KAFKA_TOPIC_PREFIX),
        logger,
        clock: deps.clock,
        subscribers: projectionSubscribers(),
        tables: projectionTables,
      }).run();
      logger.info(result, 'projections rebuilt from the beginning of their topics');
    } finally {
      await broker.disconnect();
      await admin.disconnect();
    }
  }),
);

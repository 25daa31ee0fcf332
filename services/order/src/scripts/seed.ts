/* Seeds the order service's demo data; run by `npm start` once the services are up. Safe to run twice. */
import 'reflect-metadata';
import { Outbox } from '@salesgraph/messaging';
import {
  createDataSource,
  createLogger,
  migrate,
  runMain,
  systemClock,
} from '@salesgraph/service-kit';
import { loadOrderConfig } from '../config';
import { orderEntities, orderMigrations } from '../data-source';
import { OrderDemoSeed } from '../seed/order-demo-seed';

runMain(async () => {
  const config = loadOrderConfig();
  const logger = createLogger('order-seed', config.LOG_LEVEL);
  const dataSource = createDataSource({
    url: config.DATABASE_URL,
    poolSize: 2,
    entities: orderEntities,
    migrations: orderMigrations,
    applicationName: 'salesgraph-order-seed',
  });
  await dataSource.initialize();
  try {
    if (config.DATABASE_MIGRATE_ON_START) await migrate(dataSource);
    // The running service's outbox relay publishes what the seed writes to the outbox.
    const outbox = new Outbox('salesgraph/order');
    const result = await new OrderDemoSeed({
      config,
      logger,
      dataSource,
      outbox,
      clock: systemClock,
    }).run();
    console.log(
      `order seed: ${result.created} records created, ${result.warnings} contract warnings raised`,
    );
  } finally {
    await dataSource.destroy();
  }
});

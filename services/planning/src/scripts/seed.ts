/* The planning demo data: teams, targets and approved key-account plans (`npm run seed -w @salesgraph/planning`). */
import 'reflect-metadata';
import { AccountDirectory } from '@salesgraph/account-directory';
import {
  createLogger,
  createServiceDeps,
  migrate,
  runMain,
  systemClock,
} from '@salesgraph/service-kit';
import { loadPlanningConfig } from '../config';
import { createPlanningServices } from '../planning-services';
import { DemoAccountOwnership } from '../seed/demo-account-ownership';
import { DemoSeed } from '../seed/demo-seed';
import { planningServiceDefinition } from '../service-definition';

runMain(async () => {
  const config = loadPlanningConfig();
  const logger = createLogger('planning-seed', config.LOG_LEVEL);
  const deps = createServiceDeps(planningServiceDefinition(config), logger);
  await deps.dataSource.initialize();
  try {
    await migrate(deps.dataSource);
    const services = createPlanningServices(
      deps,
      systemClock,
      new DemoAccountOwnership(new AccountDirectory()),
    );
    // The running service's outbox relay publishes what the seed records.
    await new DemoSeed(deps.dataSource, services, systemClock).run();
    logger.info('planning demo data in place');
  } finally {
    await deps.dataSource.destroy();
  }
});

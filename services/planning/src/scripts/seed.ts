/* The planning demo data: teams, targets and approved key-account plans (`npm run seed -w @salesgraph/planning`). */
import 'reflect-metadata';
import { AccountDirectory } from '@salesgraph/account-directory';
import { runMain, runServiceScript } from '@salesgraph/service-kit';
import { loadPlanningConfig } from '../config';
import { planningComponents } from '../planning-components';
import { DemoAccountOwnership } from '../seed/demo-account-ownership';
import { DemoSeed } from '../seed/demo-seed';
import { planningService } from '../service-definition';

runMain(() =>
  runServiceScript(planningService(loadPlanningConfig()), 'seed', async (deps) => {
    const accountOwnership = new DemoAccountOwnership(new AccountDirectory());
    // The running service's outbox relay publishes what the seed records.
    await new DemoSeed(deps.dataSource, planningComponents(deps, { accountOwnership })).run();
    deps.logger.info('planning demo data in place');
  }),
);

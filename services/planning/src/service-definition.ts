import { Topics } from '@salesgraph/events';
import { type SubgraphServiceSpec, systemClock, type Clock } from '@salesgraph/service-kit';
import type { PlanningConfig } from './config';
import { planningEntities, planningMigrations } from './data-source';
import { AccountPlanJournal } from './modules/plan/account-plan.journal';
import { planOwnerSubscriber } from './modules/plan/events/plan-owner-on-account-owner-changed.handler';
import { ShortfallMonitorJob } from './modules/shortfall/shortfall-monitor.job';
import { createPlanningServices } from './planning-services';
import { projectionSubscribers } from './projections';
import { buildPlanningSchema } from './schema';

export interface PlanningServiceOptions {
  /** The time the service plans by; tests pass a clock they move. */
  clock?: Clock;
}

/** What the planning service is made of; main.ts and the tests start it from here. */
export function planningServiceDefinition(
  config: PlanningConfig,
  options: PlanningServiceOptions = {},
): SubgraphServiceSpec<PlanningConfig> {
  const clock = options.clock ?? systemClock;
  return {
    name: 'planning',
    config,
    ownTopic: Topics.planning,
    entities: planningEntities,
    migrations: planningMigrations,
    buildSchema: (deps) => buildPlanningSchema(deps, clock),
    subscribers: (deps) => [
      ...projectionSubscribers(),
      planOwnerSubscriber(new AccountPlanJournal(deps.outbox)),
    ],
    jobs: (deps) => [
      new ShortfallMonitorJob(
        createPlanningServices(deps, clock).shortfalls,
        config.SHORTFALL_CHECK_INTERVAL_MS,
        deps.logger,
      ),
    ],
  };
}

import { Topics } from '@salesgraph/events';
import type { SubgraphServiceSpec } from '@salesgraph/service-kit';
import type { PlanningConfig } from './config';
import { planningEntities, planningMigrations } from './data-source';
import { buildPlanningSchema } from './schema';

/** What the planning service is made of; main.ts and the tests start it from here. */
export function planningServiceDefinition(
  config: PlanningConfig,
): SubgraphServiceSpec<PlanningConfig> {
  return {
    name: 'planning',
    config,
    ownTopic: Topics.planning,
    entities: planningEntities,
    migrations: planningMigrations,
    buildSchema: buildPlanningSchema,
  };
}

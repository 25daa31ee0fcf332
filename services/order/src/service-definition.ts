import { Topics } from '@salesgraph/events';
import type { SubgraphServiceSpec } from '@salesgraph/service-kit';
import { teamDirectorySubscriber } from '@salesgraph/team-directory';
import type { OrderConfig } from './config';
import { orderEntities, orderMigrations } from './data-source';
import { buildOrderSchema } from './schema';

/** What the order service is made of; main.ts and the tests start it from here. */
export function orderServiceDefinition(config: OrderConfig): SubgraphServiceSpec<OrderConfig> {
  return {
    name: 'order',
    config,
    ownTopic: Topics.order,
    entities: orderEntities,
    migrations: orderMigrations,
    buildSchema: buildOrderSchema,
    subscribers: () => [teamDirectorySubscriber('order')],
  };
}

import { AccountDirectory, accountDirectorySubscriber } from '@salesgraph/account-directory';
import { Topics } from '@salesgraph/events';
import type { SubgraphServiceSpec } from '@salesgraph/service-kit';
import { TeamDirectory, teamDirectorySubscriber } from '@salesgraph/team-directory';
import type { OrderConfig } from './config';
import { orderEntities, orderMigrations } from './data-source';
import { ContractWatchJob } from './modules/contract/contract-watch.job';
import { draftOrderOnOpportunityWon } from './modules/order/events/draft-order-on-opportunity-won.handler';
import { OrderModule } from './order-module';
import { buildOrderSchema } from './schema';
import { systemClock } from './shared/clock';

/** What the order service is made of; main.ts and the tests start it from here. */
export function orderServiceDefinition(config: OrderConfig): SubgraphServiceSpec<OrderConfig> {
  return {
    name: 'order',
    config,
    ownTopic: Topics.order,
    entities: orderEntities,
    migrations: orderMigrations,
    buildSchema: buildOrderSchema,
    subscribers: (deps) => {
      const m = new OrderModule(deps, new AccountDirectory(), new TeamDirectory());
      return [
        teamDirectorySubscriber('order'),
        accountDirectorySubscriber('order'),
        {
          groupId: 'order.won-opportunities',
          topics: [Topics.lead],
          handlers: [draftOrderOnOpportunityWon(m.writer, m.lines, config.ORDER_CURRENCY)],
        },
      ];
    },
    jobs: (deps) => [
      new ContractWatchJob(
        new OrderModule(deps, new AccountDirectory(), new TeamDirectory()).watch,
        config.CONTRACT_WATCH_INTERVAL_MS,
        systemClock,
        deps.logger,
      ),
    ],
  };
}

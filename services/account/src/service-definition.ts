import { Topics } from '@salesgraph/events';
import type { SubgraphServiceSpec } from '@salesgraph/service-kit';
import { teamDirectorySubscriber } from '@salesgraph/team-directory';
import { createAccountServices } from './account-services';
import type { AccountConfig } from './config';
import { accountEntities, accountMigrations } from './data-source';
import { accountOnLeadConverted } from './modules/account/events/account-on-lead-converted.handler';
import { commercialsOnOrderChanged } from './modules/commercials/events/commercials-on-order-changed.handler';
import { HealthRecheckJob } from './modules/health/health-recheck.job';
import { buildAccountSchema } from './schema';

/** What the account service is made of; main.ts and the tests start it from here. */
export function accountServiceDefinition(
  config: AccountConfig,
): SubgraphServiceSpec<AccountConfig> {
  return {
    name: 'account',
    config,
    ownTopic: Topics.account,
    entities: accountEntities,
    migrations: accountMigrations,
    buildSchema: buildAccountSchema,
    subscribers: (deps) => {
      const s = createAccountServices(deps.dataSource, deps.outbox);
      return [
        teamDirectorySubscriber('account', s.directory),
        {
          groupId: 'account.lead-conversions',
          topics: [Topics.lead],
          handlers: [accountOnLeadConverted(s.opener, s.contacts, s.health)],
        },
        {
          groupId: 'account.order-commercials',
          topics: [Topics.order],
          handlers: commercialsOnOrderChanged(s.orders, s.health),
        },
      ];
    },
    jobs: (deps) => [
      new HealthRecheckJob(
        deps.dataSource,
        createAccountServices(deps.dataSource, deps.outbox).health,
        config.HEALTH_RECHECK_INTERVAL_MS,
        deps.logger,
      ),
    ],
  };
}

import { Topics } from '@salesgraph/events';
import type { SubgraphServiceSpec } from '@salesgraph/service-kit';
import { teamDirectorySubscriber } from '@salesgraph/team-directory';
import type { AccountConfig } from './config';
import { accountEntities, accountMigrations } from './data-source';
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
    subscribers: () => [teamDirectorySubscriber('account')],
  };
}

import { Topics } from '@salesgraph/events';
import type { SubgraphServiceSpec } from '@salesgraph/service-kit';
import { teamDirectorySubscriber } from '@salesgraph/team-directory';
import type { LeadConfig } from './config';
import { leadEntities, leadMigrations } from './data-source';
import { buildLeadSchema } from './schema';

/** What the lead service is made of; main.ts and the tests start it from here. */
export function leadServiceDefinition(config: LeadConfig): SubgraphServiceSpec<LeadConfig> {
  return {
    name: 'lead',
    config,
    ownTopic: Topics.lead,
    entities: leadEntities,
    migrations: leadMigrations,
    buildSchema: buildLeadSchema,
    subscribers: () => [teamDirectorySubscriber('lead')],
  };
}

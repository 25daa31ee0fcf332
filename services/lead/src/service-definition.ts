import { accountDirectorySubscriber } from '@salesgraph/account-directory';
import { Topics } from '@salesgraph/events';
import type { SubgraphServiceSpec } from '@salesgraph/service-kit';
import { teamDirectorySubscriber } from '@salesgraph/team-directory';
import type { LeadConfig } from './config';
import { leadEntities, leadMigrations } from './data-source';
import { leadComponents, type LeadComponents } from './lead-components';
import { confirmConversionOnAccountCreated } from './modules/conversion/events/confirm-conversion-on-account-created.handler';
import { captureLeadOnMarketingLeadCaptured } from './modules/intake/events/capture-lead-on-marketing-lead-captured.handler';
import { buildLeadSchema } from './schema';

/** What the lead service is made of; main.ts and the tests start it from here. */
export function leadServiceDefinition(config: LeadConfig): SubgraphServiceSpec<LeadConfig> {
  // Built once, on the first of buildSchema/subscribers: both get the same data source and outbox.
  let components: LeadComponents | undefined;
  const get = (deps: Parameters<typeof leadComponents>[0]) => (components ??= leadComponents(deps));
  return {
    name: 'lead',
    config,
    ownTopic: Topics.lead,
    entities: leadEntities,
    migrations: leadMigrations,
    buildSchema: (deps) => buildLeadSchema(get(deps)),
    subscribers: (deps) => [
      teamDirectorySubscriber('lead', get(deps).teams),
      accountDirectorySubscriber('lead', get(deps).accounts),
      captureLeadOnMarketingLeadCaptured(get(deps).intake),
      confirmConversionOnAccountCreated(get(deps).conversions),
    ],
  };
}

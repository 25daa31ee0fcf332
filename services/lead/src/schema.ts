import {
  buildSubgraphSchema,
  createMeResolver,
  instanceContainer,
  type ServiceDeps,
} from '@salesgraph/service-kit';
import { TeamDirectory } from '@salesgraph/team-directory';
import type { GraphQLSchema } from 'graphql';
import type { LeadConfig } from './config';
import { leadReference } from './modules/lead/lead.reference';
import { LeadResolver } from './modules/lead/lead.resolver';
import { LeadService } from './modules/lead/lead.service';
import { User } from './modules/user/user.type';
import { UserLeadsResolver } from './modules/user/user-leads.resolver';
import { keyOnlyReference } from '@salesgraph/service-kit';

const MeResolver = createMeResolver(User);

/** The lead subgraph: resolvers wired by hand to their services. */
export function buildLeadSchema(deps: ServiceDeps<LeadConfig>): Promise<GraphQLSchema> {
  const leads = new LeadService(deps.dataSource, deps.outbox, new TeamDirectory());
  return buildSubgraphSchema({
    resolvers: [LeadResolver, UserLeadsResolver, MeResolver],
    referenceResolvers: [leadReference(leads), keyOnlyReference('User')],
    buildOptions: {
      container: instanceContainer([
        new LeadResolver(leads),
        new UserLeadsResolver(leads),
        new MeResolver(),
      ]),
    },
  });
}

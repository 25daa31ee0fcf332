import {
  buildSubgraphSchema,
  createMeResolver,
  instanceContainer,
  keyOnlyReference,
} from '@salesgraph/service-kit';
import type { GraphQLSchema } from 'graphql';
import type { LeadComponents } from './lead-components';
import { AccountOpportunitiesResolver } from './modules/account/account-opportunities.resolver';
import { ActivityResolver } from './modules/activity/activity.resolver';
import { AssignmentRuleResolver } from './modules/assignment/assignment-rule.resolver';
import { LeadAssignmentResolver } from './modules/assignment/lead-assignment.resolver';
import { ConversionResolver } from './modules/conversion/conversion.resolver';
import { LeadMergesResolver } from './modules/dedup/lead-merges.resolver';
import { LeadLifecycleResolver } from './modules/lead/lead-lifecycle.resolver';
import { leadReference } from './modules/lead/lead.reference';
import { LeadResolver } from './modules/lead/lead.resolver';
import { OpportunityProductResolver } from './modules/opportunity/opportunity-product.resolver';
import { OpportunityStageResolver } from './modules/opportunity/opportunity-stage.resolver';
import { opportunityReference } from './modules/opportunity/opportunity.reference';
import { OpportunityResolver } from './modules/opportunity/opportunity.resolver';
import { ProductRef } from './modules/product/product-ref.type';
import { User } from './modules/user/user.type';
import { UserPipelineResolver } from './modules/user/user-pipeline.resolver';

const MeResolver = createMeResolver(User);

/** The lead subgraph: resolvers wired by hand to their services. */
export function buildLeadSchema(c: LeadComponents): Promise<GraphQLSchema> {
  const resolvers = [
    new LeadResolver(c.leads),
    new LeadLifecycleResolver(c.lifecycle),
    new LeadMergesResolver(c.merges),
    new LeadAssignmentResolver(c.assignment, c.leads),
    new AssignmentRuleResolver(c.rules),
    new ActivityResolver(c.activities, c.leads, c.access),
    new ConversionResolver(c.conversions, c.opportunityQueries),
    new OpportunityResolver(c.opportunityQueries, c.opportunities),
    new OpportunityStageResolver(c.opportunityStages),
    new OpportunityProductResolver(),
    new AccountOpportunitiesResolver(c.opportunityQueries),
    new UserPipelineResolver(c.leads, c.opportunityQueries),
    new MeResolver(),
  ];
  return buildSubgraphSchema({
    resolvers: [
      LeadResolver,
      LeadLifecycleResolver,
      LeadMergesResolver,
      LeadAssignmentResolver,
      AssignmentRuleResolver,
      ActivityResolver,
      ConversionResolver,
      OpportunityResolver,
      OpportunityStageResolver,
      OpportunityProductResolver,
      AccountOpportunitiesResolver,
      UserPipelineResolver,
      MeResolver,
    ],
    orphanedTypes: [ProductRef],
    referenceResolvers: [
      leadReference(c.leads),
      opportunityReference(c.opportunityQueries),
      keyOnlyReference('Account'),
      keyOnlyReference('User'),
    ],
    buildOptions: { container: instanceContainer(resolvers) },
  });
}

import { batchedReference } from '@salesgraph/service-kit';
import type { OpportunityQueryService } from './opportunity-query.service';

/** `_entities` for Opportunity: one query per plan step, filtered by the caller's access. */
export const opportunityReference = (opportunities: OpportunityQueryService) =>
  batchedReference('Opportunity', (ids, context) =>
    opportunities.findVisible(context.command, ids),
  );

import type { OpportunitySnapshot } from '@salesgraph/events';
import type { Opportunity } from './opportunity.entity';

/** The opportunity as every opportunity event carries it (planning projects its forecast from this alone). */
export function opportunitySnapshot(opportunity: Opportunity): OpportunitySnapshot {
  return {
    opportunityId: opportunity.id,
    accountId: opportunity.accountId,
    ...(opportunity.leadId ? { leadId: opportunity.leadId } : {}),
    name: opportunity.name,
    ownerId: opportunity.ownerId,
    stage: opportunity.stage,
    amount: opportunity.amount,
    currency: opportunity.currency,
    probability: opportunity.probability,
    ...(opportunity.expectedCloseDate ? { expectedCloseDate: opportunity.expectedCloseDate } : {}),
    productIds: opportunity.products.map((p) => p.productId),
    revision: opportunity.version,
  };
}

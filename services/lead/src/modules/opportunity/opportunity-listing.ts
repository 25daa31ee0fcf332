import { defineListing } from '@salesgraph/service-kit';
import { ArgsType } from 'type-graphql';
import { Opportunity } from './opportunity.entity';

/** Searched in the column of the trigram index ix_opportunity_search (migration 1764100000006). */
export const opportunityListing = defineListing({
  name: 'Opportunity',
  what: 'opportunities',
  item: Opportunity,
  alias: 'o',
  searchColumns: ['name'],
  sortBy: {
    UPDATED_AT: 'o.updatedAt',
    CREATED_AT: 'o.createdAt',
    NAME: 'lower(o.name)',
    AMOUNT: 'o.amount',
    EXPECTED_CLOSE_DATE: 'o.expectedCloseDate',
    STAGE: 'o.stage',
  },
  defaultSort: 'UPDATED_AT',
  defaultDirection: 'DESC',
});
export type OpportunitySortField = keyof typeof opportunityListing.SortField;

@ArgsType()
export class OpportunityListArgs extends opportunityListing.Args {}

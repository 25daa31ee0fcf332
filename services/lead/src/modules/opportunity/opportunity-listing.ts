import {
  graphqlEnum,
  ListArgsOf,
  ListOf,
  type EnumValue,
  type ListSpec,
} from '@salesgraph/service-kit';
import { ArgsType } from 'type-graphql';
import { Opportunity } from './opportunity.entity';

export const OpportunitySortField = graphqlEnum(
  'OpportunitySortField',
  ['UPDATED_AT', 'CREATED_AT', 'NAME', 'AMOUNT', 'EXPECTED_CLOSE_DATE', 'STAGE'] as const,
  { description: 'What a list of opportunities is sorted by.' },
);
export type OpportunitySortField = EnumValue<typeof OpportunitySortField>;

/** Searched in the column of the trigram index ix_opportunity_search (migration 1764100000006). */
export const opportunityListing: ListSpec<OpportunitySortField> = {
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
};

@ArgsType()
export class OpportunityListArgs extends ListArgsOf(OpportunitySortField, 'UPDATED_AT', 'DESC') {}

export const OpportunityList = ListOf(Opportunity, 'OpportunityList');

import {
  graphqlEnum,
  ListArgsOf,
  ListOf,
  type EnumValue,
  type ListSpec,
} from '@salesgraph/service-kit';
import { ArgsType } from 'type-graphql';
import { Lead } from './lead.entity';

export const LeadSortField = graphqlEnum(
  'LeadSortField',
  ['CAPTURED_AT', 'COMPANY', 'CONTACT_NAME', 'STATUS', 'NEXT_FOLLOW_UP_AT', 'UPDATED_AT'] as const,
  { description: 'What a list of leads is sorted by.' },
);
export type LeadSortField = EnumValue<typeof LeadSortField>;

/** Searched in the columns of the trigram index ix_lead_search (migration 1764100000006). */
export const leadListing: ListSpec<LeadSortField> = {
  alias: 'lead',
  searchColumns: ['company', 'contact_name', 'email', 'company_domain'],
  sortBy: {
    CAPTURED_AT: 'lead.capturedAt',
    COMPANY: 'lower(lead.company)',
    CONTACT_NAME: 'lower(lead.contactName)',
    STATUS: 'lead.status',
    NEXT_FOLLOW_UP_AT: 'lead.nextFollowUpAt',
    UPDATED_AT: 'lead.updatedAt',
  },
};

@ArgsType()
export class LeadListArgs extends ListArgsOf(LeadSortField, 'CAPTURED_AT', 'DESC') {}

export const LeadList = ListOf(Lead, 'LeadList');

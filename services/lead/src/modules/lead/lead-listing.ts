import { defineListing } from '@salesgraph/service-kit';
import { ArgsType } from 'type-graphql';
import { Lead } from './lead.entity';

/** Searched in the columns of the trigram index ix_lead_search (migration 1764100000006). */
export const leadListing = defineListing({
  name: 'Lead',
  what: 'leads',
  item: Lead,
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
  defaultSort: 'CAPTURED_AT',
  defaultDirection: 'DESC',
});
export type LeadSortField = keyof typeof leadListing.SortField;

@ArgsType()
export class LeadListArgs extends leadListing.Args {}

import { defineListing } from '@salesgraph/service-kit';
import { Account } from './account.entity';

/** Searched in the columns of the trigram index ix_account_search (migration 1764200000900). */
export const accountListing = defineListing({
  name: 'Account',
  what: 'accounts',
  item: Account,
  alias: 'account',
  searchColumns: ['name', 'domain'],
  sortBy: {
    NAME: 'lower(account.name)',
    DOMAIN: 'account.domain',
    HEALTH_SCORE: 'account.healthScore',
    CREATED_AT: 'account.createdAt',
    UPDATED_AT: 'account.updatedAt',
  },
  defaultSort: 'NAME',
  defaultDirection: 'ASC',
});

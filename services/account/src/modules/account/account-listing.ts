import {
  graphqlEnum,
  ListArgsOf,
  ListOf,
  type EnumValue,
  type ListSpec,
} from '@salesgraph/service-kit';
import { Account } from './account.entity';

export const AccountSortField = graphqlEnum(
  'AccountSortField',
  ['NAME', 'DOMAIN', 'HEALTH_SCORE', 'CREATED_AT', 'UPDATED_AT'] as const,
  { description: 'What a list of accounts is sorted by.' },
);
export type AccountSortField = EnumValue<typeof AccountSortField>;

/** Searched in the columns of the trigram index ix_account_search (migration 1764200000900). */
export const accountListing: ListSpec<AccountSortField> = {
  alias: 'account',
  searchColumns: ['name', 'domain'],
  sortBy: {
    NAME: 'lower(account.name)',
    DOMAIN: 'account.domain',
    HEALTH_SCORE: 'account.healthScore',
    CREATED_AT: 'account.createdAt',
    UPDATED_AT: 'account.updatedAt',
  },
};

/** The base of the account list arguments: paging, search by name or domain, sorting. */
export const AccountListBase = ListArgsOf(AccountSortField, 'NAME', 'ASC');

export const AccountList = ListOf(Account, 'AccountList');

import { AccountCreated } from '@salesgraph/events';
import { createHistoryResolver } from '@salesgraph/service-kit';
import { Account } from './account.entity';

/** Account.history: the events keyed by the account, read for all accounts of a request at once. */
export const AccountHistoryResolver = createHistoryResolver(
  Account,
  { aggregateType: AccountCreated.aggregateType },
  { description: 'Who changed this account, what and when.' },
);

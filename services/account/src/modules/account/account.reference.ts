import { batchedReference } from '@salesgraph/service-kit';
import type { AccountService } from './account.service';

export const accountReference = (accounts: AccountService) =>
  batchedReference('Account', (ids, context) => accounts.findVisible(context.user, ids));

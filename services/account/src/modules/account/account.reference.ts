import { batchedReference } from '@salesgraph/service-kit';
import type { AccountService } from './account.service';

/** `_entities` for Account: one query per plan step, filtered by the caller's access. */
export const accountReference = (accounts: AccountService) =>
  batchedReference('Account', (ids, context) => accounts.findVisible(context.command, ids));

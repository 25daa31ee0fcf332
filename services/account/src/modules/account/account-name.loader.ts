import type { GraphQLContext } from '@salesgraph/service-kit';
import type { AccountService } from './account.service';

/**
 * The name of an account, for records that show the customer's name to
 * people who may not open the account itself (a department working on a
 * service request, marketing carrying out a touchpoint). Batched per request.
 */
export function accountNameOf(
  context: GraphQLContext,
  accounts: AccountService,
  accountId: string,
): Promise<string> {
  return context.loaders
    .get<string, string>('account.name', async (ids) => {
      const names = await accounts.names(ids);
      return ids.map((id) => names.get(id) ?? '(unknown account)');
    })
    .load(accountId);
}

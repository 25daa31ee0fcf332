import type { GraphQLContext } from '@salesgraph/service-kit';
import type { Contact } from './contact.entity';
import type { ContactService } from './contact.service';

/**
 * The contacts of an account, loaded for all accounts of a request at once.
 * Callers have already resolved the account, so its visibility is settled.
 */
export function contactsOfAccount(
  context: GraphQLContext,
  contacts: ContactService,
  accountId: string,
): Promise<Contact[]> {
  return context.loaders
    .get<string, Contact[]>('account.contacts', async (ids) => {
      const all = await contacts.ofAccounts(ids);
      return ids.map((id) => all.filter((c) => c.accountId === id));
    })
    .load(accountId);
}

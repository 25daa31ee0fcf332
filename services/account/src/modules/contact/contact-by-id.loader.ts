import type { GraphQLContext } from '@salesgraph/service-kit';
import type { Contact } from './contact.entity';
import type { ContactService } from './contact.service';

/**
 * A contact by id without an access check, batched per request: for records
 * that grant sight of their contact (a touchpoint to its owner, a service
 * request to its department, who need to know whom to call).
 */
export function contactById(
  context: GraphQLContext,
  contacts: ContactService,
  contactId: string,
): Promise<Contact | null> {
  return context.loaders
    .get<string, Contact | null>('contact.byId', async (ids) => {
      const found = new Map((await contacts.byIds(ids)).map((c) => [c.id, c]));
      return ids.map((id) => found.get(id) ?? null);
    })
    .load(contactId);
}

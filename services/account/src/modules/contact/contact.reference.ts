import { batchedReference } from '@salesgraph/service-kit';
import type { ContactService } from './contact.service';

/** `_entities` for Contact: visible when its account is. */
export const contactReference = (contacts: ContactService) =>
  batchedReference('Contact', (ids, context) => contacts.findVisible(context.user, ids));

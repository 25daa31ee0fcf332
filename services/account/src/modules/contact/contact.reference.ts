import { batchedReference } from '@salesgraph/service-kit';
import type { ContactReader } from './contact-reader';

/** `_entities` for Contact: visible when its account is. */
export const contactReference = (contacts: ContactReader) =>
  batchedReference('Contact', (ids, context) => contacts.findVisible(context.command, ids));

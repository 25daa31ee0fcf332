import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { personal } from '../personal-data';
import { BuyingRole, IsoDateTime, Uuid } from '../primitives';
import { Topics } from '../topics';

export const ContactAddedData = z.object({
  accountId: Uuid,
  contactId: Uuid,
  name: personal(z.string()),
  title: personal(z.string()).optional(),
  email: personal(z.email()).optional(),
  buyingRole: BuyingRole,
  influence: z.number().int().min(1).max(5),
  relationshipStrength: z.number().int().min(1).max(5),
  addedAt: IsoDateTime,
});
export type ContactAddedData = z.infer<typeof ContactAddedData>;

export const ContactAdded = defineEvent({
  type: 'account.ContactAdded.v1',
  name: 'ContactAdded',
  version: 1,
  producer: 'account',
  topic: Topics.account,
  // Keyed by the contact, as ContactUpdated is: one contact's events stay in order on one
  // partition. Rows written before this were keyed by the account.
  aggregateType: 'Contact',
  description: 'A contact was added to an account.',
  schema: ContactAddedData,
  subjectOf: (d) => d.contactId,
});

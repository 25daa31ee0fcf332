import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { personal } from '../personal-data';
import { BuyingRole, IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

/**
 * The person left the customer: the contact is inactive and no longer covers
 * their buying role (a gap in the buying centre, if nobody else does).
 */
export const ContactLeftData = z.object({
  accountId: Uuid,
  contactId: Uuid,
  accountOwnerId: UserId,
  name: personal(z.string()),
  buyingRole: BuyingRole,
  influence: z.number().int().min(1).max(5),
  leftAt: IsoDateTime,
  note: personal(z.string()).optional(),
  markedBy: UserId,
});
export type ContactLeftData = z.infer<typeof ContactLeftData>;

export const ContactLeft = defineEvent({
  type: 'account.ContactLeft.v1',
  name: 'ContactLeft',
  version: 1,
  producer: 'account',
  topic: Topics.account,
  aggregateType: 'Contact',
  description:
    'A contact left the customer: inactive from now on, no longer covering a buying role.',
  schema: ContactLeftData,
  subjectOf: (d) => d.contactId,
});

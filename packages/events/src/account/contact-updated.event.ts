import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { personal } from '../personal-data';
import { BuyingRole, IsoDateTime, Uuid } from '../primitives';
import { Topics } from '../topics';

export const ContactUpdatedData = z.object({
  accountId: Uuid,
  contactId: Uuid,
  changedFields: z
    .array(z.string())
    .describe(
      'e.g. ["buyingRole", "influence"], or ["lastInteractionAt"] for a recorded interaction',
    ),
  name: personal(z.string()),
  buyingRole: BuyingRole,
  influence: z.number().int().min(1).max(5),
  relationshipStrength: z.number().int().min(1).max(5),
  lastInteractionAt: IsoDateTime.optional(),
  active: z
    .boolean()
    .optional()
    .describe(
      'false once the person left the customer (see ContactLeft); true again when reinstated',
    ),
  updatedAt: IsoDateTime,
});
export type ContactUpdatedData = z.infer<typeof ContactUpdatedData>;

export const ContactUpdated = defineEvent({
  type: 'account.ContactUpdated.v1',
  name: 'ContactUpdated',
  version: 1,
  producer: 'account',
  topic: Topics.account,
  aggregateType: 'Contact',
  description: 'A contact was changed or an interaction with them was recorded.',
  schema: ContactUpdatedData,
  subjectOf: (d) => d.contactId,
});

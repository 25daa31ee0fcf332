import { z } from 'zod';
import { ConsentDecision } from '../consent/consent-fields';
import { defineEvent } from '../event-definition';
import { IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

/**
 * A contact gave or withdrew consent on one channel. A withdrawal cancels the
 * contact's planned touchpoints on that channel in the same transaction
 * (each with its TouchpointChanged); they are listed here for the reader.
 */
export const ContactConsentChangedData = ConsentDecision.extend({
  accountId: Uuid,
  contactId: Uuid,
  accountOwnerId: UserId,
  contactableBySales: z
    .boolean()
    .describe('false once every sales channel (EMAIL, PHONE, VISIT) is withdrawn'),
  cancelledTouchpointIds: z.array(Uuid),
  recordedAt: IsoDateTime,
});
export type ContactConsentChangedData = z.infer<typeof ContactConsentChangedData>;

export const ContactConsentChanged = defineEvent({
  type: 'account.ContactConsentChanged.v1',
  name: 'ContactConsentChanged',
  version: 1,
  producer: 'account',
  topic: Topics.account,
  aggregateType: 'Contact',
  description:
    'A contact gave or withdrew consent to be approached on one channel; a withdrawal cancels the planned touchpoints on it.',
  schema: ContactConsentChangedData,
  subjectOf: (d) => d.contactId,
});

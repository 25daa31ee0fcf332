import { z } from 'zod';
import { ConsentDecisionOnChannels } from '../consent/consent-fields';
import { defineEvent } from '../event-definition';
import { IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

/**
 * A contact gave or withdrew consent on one or more channels: one event per
 * decision, listing every channel it covers. A withdrawal cancels the
 * contact's planned touchpoints on those channels in the same transaction
 * (each with its TouchpointChanged); they are listed here for the reader.
 */
export const ContactConsentChangedData = ConsentDecisionOnChannels.extend({
  accountId: Uuid,
  contactId: Uuid,
  accountOwnerId: UserId,
  contactableBySales: z
    .boolean()
    .describe(
      'after the decision: false once every sales channel (EMAIL, PHONE, VISIT) is withdrawn',
    ),
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
    'A contact gave or withdrew consent to be approached on one or more channels (one event per decision); a withdrawal cancels the planned touchpoints on them.',
  schema: ContactConsentChangedData,
  subjectOf: (d) => d.contactId,
});
